package org.ieum.consulting.sessions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseAttachments;
import org.ieum.consulting.cases.CaseMail;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingSession;
import org.ieum.consulting.cases.ConsultingSessionRepository;
import org.ieum.consulting.cases.RequestStatus;
import org.ieum.consulting.cases.SessionStatus;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a session: the expert or staff log what was discussed (with a file), cancel a session,
 * close the case; the client rates it.
 */
@Service
@Transactional
public class SessionLogs {

	private final ConsultingSessionRepository sessions;
	private final CaseAccess access;
	private final CaseAttachments attachments;
	private final CaseMail mail;
	private final Clock clock;

	public SessionLogs(ConsultingSessionRepository sessions, CaseAccess access, CaseAttachments attachments, CaseMail mail,
			Clock clock) {
		this.sessions = sessions;
		this.access = access;
		this.attachments = attachments;
		this.mail = mail;
		this.clock = clock;
	}

	public void recordSession(long sessionId, CurrentUser me, String content, String nextSteps, CaseAttachments.Upload upload) {
		ConsultingSession session = sessions.findById(sessionId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noSession"));
		ConsultingRequest request = access.caseFor(session.getRequestId(), me);
		if (request.getStatus() != RequestStatus.IN_PROGRESS && request.getStatus() != RequestStatus.COMPLETED) {
			throw new Refusal("consulting.error.state");
		}
		if (session.getStartsAt().isAfter(clock.instant())) {
			throw new Refusal("consulting.error.notYetHeld");
		}
		session.record(content, nextSteps);
		if (upload != null) {
			attachments.attach(request, sessionId, upload, me.accountId());
		}
	}

	public void cancelSession(long sessionId, CurrentUser me) {
		ConsultingSession session = sessions.findById(sessionId)
			.orElseThrow(() -> Refusal.notFound("consulting.error.noSession"));
		ConsultingRequest request = access.caseFor(session.getRequestId(), me);
		session.cancel();
		mailCancelled(request, session);
	}

	/**
	 * Closes a case that has at least one recorded session. A past session nobody recorded must
	 * be recorded or cancelled first (it still counts against the budget); sessions planned for
	 * later are cancelled with the case, so they free the budget and the expert's time and send
	 * no reminder, and client and expert are told of each.
	 */
	public void complete(long requestId, CurrentUser me, String summary) {
		ConsultingRequest request = access.caseFor(requestId, me);
		List<ConsultingSession> all = sessions.findByRequestIdOrderByStartsAtAscIdAsc(requestId);
		if (all.stream().noneMatch(s -> s.getStatus() == SessionStatus.DONE)) {
			throw new Refusal("consulting.error.noSessionHeld");
		}
		Instant now = clock.instant();
		if (all.stream().anyMatch(s -> s.getStatus() == SessionStatus.PLANNED && !s.getStartsAt().isAfter(now))) {
			throw new Refusal("consulting.error.unrecordedSession");
		}
		request.complete(summary, now);
		for (ConsultingSession later : all) {
			if (later.getStatus() == SessionStatus.PLANNED) {
				later.cancel();
				mailCancelled(request, later);
			}
		}
		mail.send(request, request.getClientEmail(), "completed", request.getTitle(), mail.clientLink(requestId));
	}

	/** The client's satisfaction with a closed case. */
	public void rate(long requestId, CurrentUser me, int stars, String comment) {
		access.requestOf(requestId, me).rate(stars, comment, clock.instant());
	}

	/** Client and expert both hear of a cancelled session: whoever cancelled, the other one would come. */
	private void mailCancelled(ConsultingRequest request, ConsultingSession session) {
		String when = CaseMail.when(Seoul.at(session.getStartsAt()));
		mail.send(request, request.getClientEmail(), "cancelled", request.getTitle(), when, mail.clientLink(request.getId()));
		access.expert(session.getExpertId()).ifPresent(e -> mail.send(request, e.getEmail(), "cancelled", request.getTitle(), when,
				mail.expertLink(e, request.getId())));
	}
}
