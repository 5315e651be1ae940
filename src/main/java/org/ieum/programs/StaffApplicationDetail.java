package org.ieum.programs;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One application as the staff of the call's center read it, with its reviews and reports;
 * the read is written to the personal-data access log in the same transaction.
 */
@Service
@Transactional
class StaffApplicationDetail {

	record Page(ProgramViews.CallView call, ProgramViews.ApplicationView app, List<ProgramViews.FieldView> fields,
			List<ProgramViews.ReviewView> reviews, List<ProgramViews.ReportView> reports) {
	}

	private final CallAdministration administration;
	private final ApplicationAccess access;
	private final CallViews callViews;
	private final ApplicationViews applicationViews;
	private final ReviewViews reviewViews;

	StaffApplicationDetail(CallAdministration administration, ApplicationAccess access, CallViews callViews,
			ApplicationViews applicationViews, ReviewViews reviewViews) {
		this.administration = administration;
		this.access = access;
		this.callViews = callViews;
		this.applicationViews = applicationViews;
		this.reviewViews = reviewViews;
	}

	Page of(long callId, long applicationId, CurrentUser me) {
		ProgramCall call = administration.callToManage(callId);
		Application application = access.find(applicationId);
		if (application.getCallId() != callId) {
			throw Refusal.notFound("programs.error.noApplication");
		}
		access.readable(applicationId, me);
		return new Page(callViews.view(call), applicationViews.applicationForStaff(application),
				callViews.form(callId, FormKind.APPLICATION), reviewViews.reviewsOfApplication(applicationId, callId),
				applicationViews.reportsOf(applicationId));
	}
}
