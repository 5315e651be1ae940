package org.ieum.programs.administration;

import java.util.List;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.review.Rankings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's list of a call's applications in rank order, for selection. Reading applicants'
 * names is written to the personal-data access log in the transaction of the read.
 */
@Service
@Transactional
public class StaffApplicationList {

	public record Page(ProgramViews.CallView call, List<ProgramViews.RankRow> rows, int drafts, long awarded) {
	}

	private final CallAdministration administration;
	private final CallViews callViews;
	private final ApplicationViews applicationViews;
	private final Rankings rankings;
	private final IdentityApi identity;

	StaffApplicationList(CallAdministration administration, CallViews callViews, ApplicationViews applicationViews,
			Rankings rankings, IdentityApi identity) {
		this.administration = administration;
		this.callViews = callViews;
		this.applicationViews = applicationViews;
		this.rankings = rankings;
		this.identity = identity;
	}

	public Page of(long callId) {
		ProgramCall call = administration.callToManage(callId);
		List<ProgramViews.RankRow> rows = rankings.rows(call);
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"지원사업 신청 목록 조회 (공모 " + callId + "), " + rows.size() + "건", null);
		}
		return new Page(callViews.view(call), rows, applicationViews.draftsOf(callId),
				rows.stream().filter(r -> r.decision() == Decision.AWARDED).count());
	}
}
