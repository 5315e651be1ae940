package org.ieum.consulting;

import java.time.Clock;
import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching a request with an expert: staff assign one from the pools their center may use,
 * and the expert, on their own assignments, accepts or declines.
 */
@Service
@Transactional
class Assignments {

	private final ConsultingRequestRepository requests;
	private final ExpertRepository experts;
	private final ExpertPool pool;
	private final CaseAccess access;
	private final CaseMail mail;
	private final Clock clock;

	Assignments(ConsultingRequestRepository requests, ExpertRepository experts, ExpertPool pool, CaseAccess access,
			CaseMail mail, Clock clock) {
		this.requests = requests;
		this.experts = experts;
		this.pool = pool;
		this.access = access;
		this.mail = mail;
		this.clock = clock;
	}

	void assign(long requestId, long expertId) {
		ConsultingRequest request = access.requestToManage(requestId);
		Expert expert = experts.findById(expertId).filter(e -> pool.usable(e, request.getCenterId()))
			.orElseThrow(() -> new Refusal("consulting.error.expertNotUsable"));
		request.assign(expertId, clock.instant());
		mail.send(expert.getEmail(), "assigned", request.getTitle(), mail.kindName(request),
				mail.expertLink(expert, requestId));
	}

	@Transactional(readOnly = true)
	List<ConsultingRequest> assignmentsOf(CurrentUser me) {
		List<Long> mine = experts.findByAccountId(me.accountId()).stream().map(Expert::getId).toList();
		return mine.isEmpty() ? List.of() : requests.findByExpertIdInOrderByCreatedAtDescIdDesc(mine);
	}

	/** A case assigned to the current user's expert record; anyone else's is not found. */
	@Transactional(readOnly = true)
	ConsultingRequest assignmentOf(long requestId, CurrentUser me) {
		return access.assignmentOf(requestId, me);
	}

	/** Whether the current user is in any center's pool. */
	@Transactional(readOnly = true)
	boolean isExpert(CurrentUser me) {
		return !access.expertIdsOf(me).isEmpty();
	}

	void accept(long requestId, CurrentUser me) {
		ConsultingRequest request = access.assignmentOf(requestId, me);
		request.accept();
		mail.send(request.getClientEmail(), "accepted", request.getTitle(),
				access.expert(request.getExpertId()).map(Expert::getName).orElse(""), mail.clientLink(requestId));
	}

	void decline(long requestId, CurrentUser me, String note) {
		access.assignmentOf(requestId, me).decline(note);
	}
}
