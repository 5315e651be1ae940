package org.ieum.consulting.matching;

import java.time.Clock;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseMail;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.Expert;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff of the request's center decide besides the expert: the answer of an expert
 * without an account (given by phone or mail), or a difficulty resolved without consulting.
 */
@Service
@Transactional
public class Triage {

	private final CaseAccess access;
	private final CaseMail mail;
	private final Clock clock;

	public Triage(CaseAccess access, CaseMail mail, Clock clock) {
		this.access = access;
		this.mail = mail;
		this.clock = clock;
	}

	/** Staff record the answer of an expert without an account (given by phone or mail). */
	public void recordAnswer(long requestId, boolean accepted, String note) {
		ConsultingRequest request = access.requestToManage(requestId);
		if (accepted) {
			request.accept();
			mail.send(request, request.getClientEmail(), "accepted", request.getTitle(),
					access.expert(request.getExpertId()).map(Expert::getName).orElse(""), mail.clientLink(requestId));
		}
		else {
			request.decline(note);
		}
	}

	public void resolve(long requestId, String resolution) {
		ConsultingRequest request = access.requestToManage(requestId);
		request.resolve(resolution, clock.instant());
		mail.send(request, request.getClientEmail(), "resolved", request.getTitle(), resolution, mail.clientLink(requestId));
	}

	/** Checks that the current user is staff of the request's center before an action (403 otherwise). */
	@Transactional(readOnly = true)
	public void requireManager(long requestId) {
		access.requestToManage(requestId);
	}
}
