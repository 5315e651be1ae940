package org.ieum.consulting.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.CaseAccess;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingViews.RequestRow;
import org.ieum.consulting.cases.ConsultingViews.RequestView;
import org.ieum.consulting.cases.ConsultingViews.Suggestion;
import org.ieum.consulting.cases.RequestStatus;
import org.ieum.consulting.experts.ExpertPool;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.Seoul;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pages of cases, assembled in one transaction with their personal-data access-log
 * entry: the client's name, contact and story are personal data, so a read that shows them is
 * logged together with the read.
 */
@Service
@Transactional
public class CaseQueries {

	/** The center's cases, and those still waiting for triage. */
	public record CaseList(List<RequestRow> rows, List<RequestRow> waiting) {
	}

	/**
	 * A case as staff see it: {@code manage} when they staff the request's center (the page is then
	 * about that center), otherwise they read a case lent an expert of their pool.
	 */
	public record CasePage(RequestView request, boolean manage, List<Suggestion> suggestions, CenterSummary center,
			LocalDate today) {
	}

	private final CaseAccess access;
	private final ExpertPool pool;
	private final CaseViews views;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final Clock clock;

	public CaseQueries(CaseAccess access, ExpertPool pool, CaseViews views, IdentityApi identity, CentersApi centers,
			Clock clock) {
		this.access = access;
		this.pool = pool;
		this.views = views;
		this.identity = identity;
		this.centers = centers;
		this.clock = clock;
	}

	public CaseList cases(long centerId) {
		List<RequestRow> rows = views.rows(access.casesOf(centerId), centerId);
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"컨설팅 신청 목록 조회 (센터 " + centerId + "), " + rows.size() + "건", null);
		}
		return new CaseList(rows, rows.stream().filter(r -> r.status() == RequestStatus.SUBMITTED).toList());
	}

	/**
	 * Staff open a case: staff of its center, or of the center whose pool lent the expert (403
	 * for anyone else). The page is about the request's center for its staff, else about
	 * {@code viewing}, the center the reader chose.
	 */
	public CasePage request(long requestId, CenterSummary viewing) {
		ConsultingRequest request = access.find(requestId);
		if (!access.staffMayRead(request)) {
			throw new AccessDeniedException("not staff of this case");
		}
		identity.recordPersonalDataAccess(request.getClientAccountId(), PersonalDataAction.VIEW,
				"컨설팅 신청 조회 (신청 " + requestId + ")", null);
		boolean manage = access.staffMayManage(request);
		CenterSummary center = manage ? centers.findById(request.getCenterId()).orElse(viewing) : viewing;
		List<Suggestion> suggestions = manage && (request.getStatus() == RequestStatus.SUBMITTED
				|| request.getStatus() == RequestStatus.ASSIGNED) ? pool.suggest(request) : List.of();
		return new CasePage(views.detail(request), manage, suggestions, center, Seoul.today(clock));
	}
}
