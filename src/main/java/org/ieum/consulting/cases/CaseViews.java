package org.ieum.consulting.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.ConsultingViews.AgreementView;
import org.ieum.consulting.cases.ConsultingViews.AttachmentView;
import org.ieum.consulting.cases.ConsultingViews.ExpertView;
import org.ieum.consulting.cases.ConsultingViews.RequestRow;
import org.ieum.consulting.cases.ConsultingViews.RequestView;
import org.ieum.consulting.cases.ConsultingViews.SessionView;
import org.ieum.identity.IdentityApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Turns cases, experts and agreements into what the pages show. */
@Component
@Transactional(readOnly = true)
public class CaseViews {

	private final ExpertRepository experts;
	private final ConsultingSessionRepository sessions;
	private final AttachmentRepository attachments;
	private final Budgets budgets;
	private final CentersApi centers;
	private final IdentityApi identity;
	private final MessageSource messages;

	public CaseViews(ExpertRepository experts, ConsultingSessionRepository sessions, AttachmentRepository attachments,
			Budgets budgets, CentersApi centers, IdentityApi identity, MessageSource messages) {
		this.experts = experts;
		this.sessions = sessions;
		this.attachments = attachments;
		this.budgets = budgets;
		this.centers = centers;
		this.identity = identity;
		this.messages = messages;
	}

	public RequestView detail(ConsultingRequest r) {
		Expert expert = r.getExpertId() == null ? null : experts.findById(r.getExpertId()).orElse(null);
		List<Attachment> files = attachments.findByRequestIdOrderByIdAsc(r.getId());
		List<SessionView> sessionViews = sessions.findByRequestIdOrderByStartsAtAscIdAsc(r.getId()).stream()
			.map(s -> new SessionView(s.getId(), s.getStartsAt(), s.getEndsAt(), s.getMinutes(), s.getMode(),
					s.getStatus(), s.getContent(), s.getNextSteps(), s.getOverrideReason(),
					s.getOverrideBy() == null ? null : identity.displayNameOf(s.getOverrideBy()).orElse(null),
					s.getOverrideAt(), files.stream().filter(f -> s.getId().equals(f.getSessionId())).map(this::file).toList()))
			.toList();
		return new RequestView(r.getId(), r.getCenterId(), centerName(r.getCenterId()), r.getKind(), r.getField(),
				r.getTitle(), r.getDescription(), days(r.preferredDaySet()), r.getPreferredTimes(), r.getPeople(),
				r.getStatus(), r.getClientName(), r.getClientEmail(), r.getOrganizationName(), r.getExpertId(),
				expert == null ? null : expert.getName(), expert == null ? null : expert.getAffiliation(),
				r.getDeclineNote(), r.getResolution(), r.getRating(), r.getRatingComment(), r.getCreatedAt(), sessionViews,
				files.stream().filter(f -> f.getSessionId() == null).map(this::file).toList(), budgets.budgetOf(r));
	}

	public List<RequestRow> rows(List<ConsultingRequest> list, Long viewingCenterId) {
		Map<Long, Expert> byId = experts.findAllById(list.stream().map(ConsultingRequest::getExpertId)
			.filter(Objects::nonNull).collect(Collectors.toSet())).stream()
			.collect(Collectors.toMap(Expert::getId, Function.identity()));
		return list.stream().map(r -> {
			Expert e = r.getExpertId() == null ? null : byId.get(r.getExpertId());
			return new RequestRow(r.getId(), centerName(r.getCenterId()), r.getKind(), r.getField(), r.getTitle(),
					r.getStatus(), r.getClientName(), e == null ? null : e.getName(),
					viewingCenterId != null && r.getCenterId() != viewingCenterId, r.getCreatedAt(), r.getRating());
		}).toList();
	}

	public ExpertView expert(Expert e) {
		return new ExpertView(e.getId(), e.getCenterId(), centerName(e.getCenterId()), e.getName(), e.getEmail(),
				e.getAffiliation(), e.getCareer(), e.fieldSet().stream().sorted().toList(), days(e.daySet()),
				e.getAvailabilityNote(), e.getHourlyFeeWon(), e.isActive(), e.getAccountId() != null);
	}

	public AgreementView agreement(PoolAgreement a, long viewingCenterId, LocalDate today) {
		return new AgreementView(a.getId(), centerName(a.getOwnerCenterId()), centerName(a.getPartnerCenterId()),
				a.getValidFrom(), a.getValidUntil(), a.getEndedOn(), a.getNote(), a.inForceOn(today), a.getOwnerCenterId() == viewingCenterId);
	}

	private AttachmentView file(Attachment a) {
		return new AttachmentView(a.getId(), a.getSessionId(), a.getFileName(), a.getSizeBytes());
	}

	public String centerName(long centerId) {
		return centers.findById(centerId).map(CenterSummary::name).orElse("-");
	}

	public String days(Set<DayOfWeek> days) {
		return String.join("·", days.stream().sorted()
			.map(d -> messages.getMessage("consulting.day." + d.name().substring(0, 3), null, LocaleContextHolder.getLocale()))
			.toList());
	}
}
