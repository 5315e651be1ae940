package org.ieum.consulting.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseMail;
import org.ieum.consulting.cases.ConsultingProperties;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.ConsultingSession;
import org.ieum.consulting.cases.ConsultingSessionRepository;
import org.ieum.consulting.cases.ConsultingViews;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.cases.RequestStatus;
import org.ieum.consulting.cases.SessionPlan;
import org.ieum.consulting.cases.SessionStatus;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert or staff plan a case's sessions: never two at once for one person, and within
 * the organization's yearly hours unless staff go beyond them with a reason.
 */
@Service
@Transactional
public class SessionPlanning {

	private final ConsultingSessionRepository sessions;
	private final ConsultingRequestRepository requests;
	private final ExpertRepository experts;
	private final CaseAccess access;
	private final CaseMail mail;
	private final ConsultingProperties properties;
	private final Clock clock;

	public SessionPlanning(ConsultingSessionRepository sessions, ConsultingRequestRepository requests, ExpertRepository experts,
			CaseAccess access, CaseMail mail, ConsultingProperties properties, Clock clock) {
		this.sessions = sessions;
		this.requests = requests;
		this.experts = experts;
		this.access = access;
		this.mail = mail;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Plans a session. The expert's row is locked first, so two bookings for one expert run one
	 * after the other and the second sees the first when it looks for an overlap. The hours of
	 * the organization's year are counted under the same lock; beyond the budget only staff may
	 * go, with a reason that stays on the session.
	 */
	public ConsultingSession schedule(long requestId, CurrentUser me, SessionPlan plan, String overrideReason) {
		ConsultingRequest request = access.caseFor(requestId, me);
		if (request.getStatus() != RequestStatus.IN_PROGRESS) {
			throw new Refusal("consulting.error.notInProgress");
		}
		if (plan.minutes() < 10 || plan.minutes() > 720) {
			throw new Refusal("consulting.form.minutes");
		}
		Expert expert = experts.findById(request.getExpertId())
			.orElseThrow(() -> Refusal.notFound("consulting.error.noExpert"));
		// one person may be in several centers' pools (one record each, linked to the same account):
		// their sessions are checked together, under locks taken in id order so two centers serialize
		List<Long> samePerson = expert.getAccountId() == null ? List.of(expert.getId())
				: experts.findByAccountId(expert.getAccountId()).stream().map(Expert::getId).sorted().toList();
		samePerson.forEach(experts::lockById);
		Instant start = plan.startsAt().atZone(Seoul.ZONE).toInstant();
		Instant end = start.plusSeconds(plan.minutes() * 60L);
		List<ConsultingSession> clash = sessions.overlapping(samePerson, start, end, SessionStatus.CANCELLED);
		if (!clash.isEmpty()) {
			ConsultingSession other = clash.get(0);
			throw new Refusal("consulting.error.overlap", expert.getName(),
					CaseMail.when(Seoul.at(other.getStartsAt())), CaseMail.when(Seoul.at(other.getEndsAt())));
		}
		requests.lockByBudgetKey(request.getBudgetKey());
		int year = plan.startsAt().getYear();
		long used = sessions.minutesUsed(request.getBudgetKey(), year, SessionStatus.CANCELLED);
		long allowed = properties.yearlyHours() * 60L;
		boolean beyond = used + plan.minutes() > allowed;
		String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
		if (beyond && (reason == null || !access.staffMayManage(request))) {
			throw new Refusal("consulting.error.budget", year, properties.yearlyHours(),
					ConsultingViews.Budget.hours(Math.max(0, allowed - used)), ConsultingViews.Budget.hours(plan.minutes()));
		}
		ConsultingSession session = new ConsultingSession(request, expert.getId(), start, plan.minutes(), year,
				plan.mode(), clock.instant());
		if (beyond) {
			session.overrideBudget(reason, me.accountId(), clock.instant());
		}
		session = sessions.saveAndFlush(session);
		String when = CaseMail.when(plan.startsAt());
		String mode = mail.modeName(plan.mode());
		mail.send(request, request.getClientEmail(), "scheduled", request.getTitle(), when, plan.minutes(), mode,
				mail.clientLink(requestId));
		mail.send(request, expert.getEmail(), "scheduled", request.getTitle(), when, plan.minutes(), mode,
				mail.assignmentLink(requestId));
		return session;
	}

}
