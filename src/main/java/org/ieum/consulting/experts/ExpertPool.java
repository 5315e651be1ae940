package org.ieum.consulting.experts;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.ConsultingViews.Suggestion;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.cases.PoolAgreement;
import org.ieum.consulting.cases.PoolAgreementRepository;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The experts a center may assign: its own pool and the pools of centers that share theirs
 * with it under an agreement in force today. Also ranks them for a request and says why.
 */
@Service
@Transactional
public class ExpertPool {

	private final ExpertRepository experts;
	private final PoolAgreementRepository agreements;
	private final ConsultingRequestRepository requests;
	private final IdentityApi identity;
	private final MessageSource messages;
	private final Clock clock;

	public ExpertPool(ExpertRepository experts, PoolAgreementRepository agreements, ConsultingRequestRepository requests,
			IdentityApi identity, MessageSource messages, Clock clock) {
		this.messages = messages;
		this.experts = experts;
		this.agreements = agreements;
		this.requests = requests;
		this.identity = identity;
		this.clock = clock;
	}

	/** The centers whose pools {@code centerId} may use today: itself and those sharing with it. */
	@Transactional(readOnly = true)
	public Set<Long> poolCentersFor(long centerId) {
		LocalDate today = Seoul.today(clock);
		Set<Long> centers = new HashSet<>();
		centers.add(centerId);
		agreements.findByPartnerCenterId(centerId).stream().filter(a -> a.inForceOn(today))
			.forEach(a -> centers.add(a.getOwnerCenterId()));
		return centers;
	}

	/** Active experts {@code centerId} may assign today. */
	@Transactional(readOnly = true)
	public List<Expert> usableBy(long centerId) {
		return experts.findByCenterIdInOrderByNameAscIdAsc(poolCentersFor(centerId)).stream()
			.filter(Expert::isActive).toList();
	}

	public boolean usable(Expert expert, long centerId) {
		return expert.isActive() && poolCentersFor(centerId).contains(expert.getCenterId());
	}

	@Transactional(readOnly = true)
	public List<Expert> ownPool(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return experts.findByCenterIdInOrderByNameAscIdAsc(Set.of(centerId));
	}

	public Expert add(long centerId, Expert.ExpertTerms terms) {
		Authorities.requireCenterStaff(centerId);
		return experts.save(new Expert(centerId, terms, accountOf(terms.email()), clock.instant()));
	}

	public void revise(long expertId, Expert.ExpertTerms terms) {
		expertToManage(expertId).revise(terms, accountOf(terms.email()));
	}

	/** An e-mail of an existing account links the record to it, so that person sees their assignments. */
	private Long accountOf(String email) {
		return email == null ? null : identity.findAccountIdByEmail(email).orElse(null);
	}

	@Transactional(readOnly = true)
	public Expert expertToManage(long expertId) {
		Expert expert = experts.findById(expertId).orElseThrow(() -> Refusal.notFound("consulting.error.noExpert"));
		Authorities.requireCenterStaff(expert.getCenterId());
		return expert;
	}

	public PoolAgreement share(long ownerCenterId, long partnerCenterId, LocalDate from, LocalDate until, String note,
			CurrentUser by) {
		Authorities.requireCenterStaff(ownerCenterId);
		return agreements.save(new PoolAgreement(ownerCenterId, partnerCenterId, from, until, note, by.accountId(),
				clock.instant()));
	}

	public void endAgreement(long agreementId, CurrentUser by) {
		PoolAgreement agreement = agreements.findById(agreementId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noAgreement"));
		Authorities.requireCenterStaff(agreement.getOwnerCenterId());
		agreement.end(Seoul.today(clock), by.accountId());
	}

	@Transactional(readOnly = true)
	public List<PoolAgreement> agreementsOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return agreements.findByOwnerCenterIdOrPartnerCenterIdOrderByValidFromDescIdDesc(centerId, centerId);
	}

	/**
	 * Experts for a request, best first. Points: the field matches (4), each preferred weekday
	 * the expert offers (1, up to 2; 1 when the client named none and the expert has days),
	 * fewer open cases (2 for none, 1 for one or two), the average rating above 3 (up to 2).
	 * The reasons are the same facts in words, so staff can disagree with the order.
	 */
	@Transactional(readOnly = true)
	public List<Suggestion> suggest(ConsultingRequest request) {
		List<Expert> candidates = usableBy(request.getCenterId());
		Map<Long, Integer> open = new HashMap<>();
		Map<Long, int[]> ratings = new HashMap<>();
		List<Long> ids = candidates.stream().map(Expert::getId).toList();
		if (!ids.isEmpty()) {
			for (ConsultingRequest r : requests.findByExpertIdIn(ids)) {
				if (r.getStatus().open() && !r.getId().equals(request.getId())) {
					open.merge(r.getExpertId(), 1, Integer::sum);
				}
				if (r.getRating() != null) {
					int[] sum = ratings.computeIfAbsent(r.getExpertId(), k -> new int[2]);
					sum[0] += r.getRating();
					sum[1]++;
				}
			}
		}
		Set<DayOfWeek> wanted = request.preferredDaySet();
		List<Suggestion> result = new ArrayList<>();
		for (Expert e : candidates) {
			List<String> reasons = new ArrayList<>();
			double score = 0;
			if (e.fieldSet().contains(request.getField())) {
				score += 4;
				reasons.add(say("consulting.reason.field", say("consulting.area." + request.getField())));
			}
			else {
				reasons.add(say("consulting.reason.otherField"));
			}
			Set<DayOfWeek> common = EnumSet.noneOf(DayOfWeek.class);
			common.addAll(e.daySet());
			if (!wanted.isEmpty()) {
				common.retainAll(wanted);
				score += Math.min(2, common.size());
				reasons.add(common.isEmpty() ? say("consulting.reason.noCommonDay")
						: say("consulting.reason.days", days(common)));
			}
			else if (!common.isEmpty()) {
				score += 1;
				reasons.add(say("consulting.reason.available", days(common)));
			}
			int load = open.getOrDefault(e.getId(), 0);
			score += load == 0 ? 2 : load <= 2 ? 1 : 0;
			reasons.add(say("consulting.reason.load", load));
			int[] r = ratings.get(e.getId());
			Double average = null;
			if (r != null) {
				average = Math.round(10.0 * r[0] / r[1]) / 10.0;
				score += Math.max(0, Math.min(2, average - 3));
				reasons.add(say("consulting.reason.rating", average, r[1]));
			}
			else {
				reasons.add(say("consulting.reason.noRating"));
			}
			boolean shared = e.getCenterId() != request.getCenterId();
			if (shared) {
				reasons.add(say("consulting.reason.shared"));
			}
			result.add(new Suggestion(e.getId(), e.getName(), e.getAffiliation(), score, load, average, shared, reasons));
		}
		result.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::openCases)
			.thenComparing(Suggestion::name));
		return result;
	}

	private String say(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private String days(Set<DayOfWeek> days) {
		return String.join("·", days.stream().sorted().map(d -> say("consulting.day." + d.name().substring(0, 3))).toList());
	}
}
