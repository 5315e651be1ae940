package org.ieum.consulting.experts;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.consulting.cases.CaseViews;
import org.ieum.consulting.cases.ConsultingViews.ExpertView;
import org.ieum.consulting.cases.Expert;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pages of the expert pool, assembled in one transaction with their personal-data
 * access-log entry (experts' names, contacts and fees are personal data).
 */
@Service
@Transactional
public class ExpertPoolQueries {

	/** The center's own experts and those it may use under an agreement in force. */
	public record PoolPage(List<ExpertView> own, List<ExpertView> shared) {
	}

	/** An expert's form, on a page about the expert's center. */
	public record ExpertPage(long id, CenterSummary center, ExpertForm form) {
	}

	private final ExpertPool pool;
	private final CaseViews views;
	private final IdentityApi identity;
	private final CentersApi centers;

	public ExpertPoolQueries(ExpertPool pool, CaseViews views, IdentityApi identity, CentersApi centers) {
		this.pool = pool;
		this.views = views;
		this.identity = identity;
		this.centers = centers;
	}

	public PoolPage experts(long centerId) {
		List<Expert> own = pool.ownPool(centerId);
		if (!own.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "전문가 풀 조회 (센터 " + centerId + ")", null);
		}
		return new PoolPage(own.stream().map(views::expert).toList(), pool.usableBy(centerId).stream()
			.filter(e -> e.getCenterId() != centerId).map(views::expert).toList());
	}

	/** Staff of the expert's center open the expert's record (403 for others). */
	public ExpertPage expert(long expertId) {
		Expert expert = pool.expertToManage(expertId);
		identity.recordPersonalDataAccess(expert.getAccountId(), PersonalDataAction.VIEW,
				"전문가 정보 조회 (전문가 " + expertId + ")", null);
		return new ExpertPage(expertId, centerOf(expert), ExpertForm.of(expert));
	}

	/** The center of an expert staff may manage (403 for others). */
	@Transactional(readOnly = true)
	public CenterSummary centerOfExpert(long expertId) {
		return centerOf(pool.expertToManage(expertId));
	}

	private CenterSummary centerOf(Expert expert) {
		return centers.findById(expert.getCenterId()).orElseThrow(() -> Refusal.notFound("consulting.error.noExpert"));
	}
}
