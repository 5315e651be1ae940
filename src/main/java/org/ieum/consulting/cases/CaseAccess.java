package org.ieum.consulting.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and act on a case: the client on their own requests, the expert on the cases
 * assigned to their record, staff on the requests of centers they staff (and read those lent
 * an expert of their pool). Someone else's case answers as if it did not exist, so a guessed
 * number tells nothing.
 */
@Component
@Transactional(readOnly = true)
public class CaseAccess {

	private final ConsultingRequestRepository requests;
	private final ExpertRepository experts;

	public CaseAccess(ConsultingRequestRepository requests, ExpertRepository experts) {
		this.requests = requests;
		this.experts = experts;
	}

	/** A client's own request. */
	public ConsultingRequest requestOf(long requestId, CurrentUser me) {
		return requests.findById(requestId).filter(r -> r.belongsTo(me.accountId()))
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
	}

	/** A request staff may act on: only staff of the center it was made to (403 otherwise). */
	public ConsultingRequest requestToManage(long requestId) {
		ConsultingRequest request = find(requestId);
		Authorities.requireCenterStaff(request.getCenterId());
		return request;
	}

	/** A case assigned to the current user's expert record; anyone else's is not found. */
	public ConsultingRequest assignmentOf(long requestId, CurrentUser me) {
		return requests.findById(requestId).filter(r -> isExpertOf(r, me))
			.orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
	}

	/** The assigned expert, or staff of the request's center; anyone else finds nothing. */
	public ConsultingRequest caseFor(long requestId, CurrentUser me) {
		ConsultingRequest request = find(requestId);
		if (isExpertOf(request, me) || staffMayManage(request)) {
			return request;
		}
		throw Refusal.notFound("consulting.error.noRequest");
	}

	public ConsultingRequest find(long requestId) {
		return requests.findById(requestId).orElseThrow(() -> Refusal.notFound("consulting.error.noRequest"));
	}

	/** The center's own requests and those of other centers assigned to an expert of its pool (shared cases). */
	public List<ConsultingRequest> casesOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		Map<Long, ConsultingRequest> all = new LinkedHashMap<>();
		requests.findByCenterIdInOrderByCreatedAtDescIdDesc(Set.of(centerId)).forEach(r -> all.put(r.getId(), r));
		List<Long> ownExperts = experts.findByCenterIdInOrderByNameAscIdAsc(Set.of(centerId)).stream()
			.map(Expert::getId).toList();
		if (!ownExperts.isEmpty()) {
			requests.findByExpertIdInOrderByCreatedAtDescIdDesc(ownExperts).forEach(r -> all.putIfAbsent(r.getId(), r));
		}
		return new ArrayList<>(all.values());
	}

	public boolean isExpertOf(ConsultingRequest request, CurrentUser me) {
		return request.getExpertId() != null
				&& experts.findById(request.getExpertId()).map(e -> e.isAccount(me.accountId())).orElse(false);
	}

	public boolean staffMayManage(ConsultingRequest request) {
		return Authorities.canManageCenter(request.getCenterId());
	}

	/** Staff of the request's center, or of the center whose pool lent the expert. */
	public boolean staffMayRead(ConsultingRequest request) {
		if (Authorities.canManageCenter(request.getCenterId())) {
			return true;
		}
		return request.getExpertId() != null && experts.findById(request.getExpertId())
			.map(e -> Authorities.canManageCenter(e.getCenterId())).orElse(false);
	}

	public Optional<Expert> expert(Long expertId) {
		return expertId == null ? Optional.empty() : experts.findById(expertId);
	}

	/** The expert records of the current user (one per center pool they are in). */
	public Set<Long> expertIdsOf(CurrentUser me) {
		return new HashSet<>(experts.findByAccountId(me.accountId()).stream().map(Expert::getId).toList());
	}
}
