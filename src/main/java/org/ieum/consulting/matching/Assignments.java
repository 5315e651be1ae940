package org.ieum.consulting.matching;

import java.time.Clock;
import java.util.List;

import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseMail;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.experts.ExpertPool;
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
public class Assignments {

	private final ConsultingRequestRepository requests;
	private final ExpertRepository experts;
	private final ExpertPool pool;
	private final CaseAccess access;
	private final CaseMail mail;
	private final Clock clock;

	public Assignments(ConsultingRequestRepository requests, ExpertRepository experts, ExpertPool pool, CaseAccess access,
			CaseMail mail, Clock clock) {
		this.requests = requests;
		this.experts = experts;
		this.pool = pool;
		this.access = access;
		this.mail = mail;
		this.clock = clock;
	}

	public void assign(long requestId, long expertId) {
		ConsultingRequest request = access.requestToManage(requestId);
		Expert expert = experts.findById(expertId).filter(e -> pool.usable(e, request.getCenterId()))
			.orElseThrow(() -> new Refusal("consulting.error.expertNotUsable"));
		request.assign(expertId, clock.instant());
		mail.send(request, expert.getEmail(), "assigned", request.getTitle(), mail.kindName(request),
				mail.expertLink(expert, requestId));
	}

	@Transactional(readOnly = true)
	public List<ConsultingRequest> assignmentsOf(CurrentUser me) {
		List<Long> mine = experts.findByAccountId(me.accountId()).stream().map(Expert::getId).toList();
		return mine.isEmpty() ? List.of() : requests.findByExpertIdInOrderByCreatedAtDescIdDesc(mine);
	}

	/** A case assigned to the current user's expert record; anyone else's is not found. */
	@Transactional(readOnly = true)
	public ConsultingRequest assignmentOf(long requestId, CurrentUser me) {
		return access.assignmentOf(requestId, me);
	}

	/** Whether the current user is in any center's pool. */
	@Transactional(readOnly = true)
	public boolean isExpert(CurrentUser me) {
		return !access.expertIdsOf(me).isEmpty();
	}

	public void accept(long requestId, CurrentUser me) {
		ConsultingRequest request = access.assignmentOf(requestId, me);
		request.accept();
		mail.send(request, request.getClientEmail(), "accepted", request.getTitle(),
				access.expert(request.getExpertId()).map(Expert::getName).orElse(""), mail.clientLink(requestId));
	}

	public void decline(long requestId, CurrentUser me, String note) {
		access.assignmentOf(requestId, me).decline(note);
	}
}
