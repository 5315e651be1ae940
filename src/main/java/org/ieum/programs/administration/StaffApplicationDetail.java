package org.ieum.programs.administration;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.reports.ReportViews;
import org.ieum.programs.review.ReviewViews;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One application as the staff of the call's center read it, with its reviews and reports;
 * the read is written to the personal-data access log in the same transaction.
 */
@Service
@Transactional
public class StaffApplicationDetail {

	public record Page(ProgramViews.CallView call, ProgramViews.ApplicationView app, List<ProgramViews.FieldView> fields,
			List<ProgramViews.ReviewView> reviews, List<ReportViews.ReportView> reports) {
	}

	private final CallAdministration administration;
	private final ApplicationAccess access;
	private final CallViews callViews;
	private final ApplicationViews applicationViews;
	private final ReviewViews reviewViews;
	private final ReportViews reportViews;

	StaffApplicationDetail(CallAdministration administration, ApplicationAccess access, CallViews callViews,
			ApplicationViews applicationViews, ReviewViews reviewViews, ReportViews reportViews) {
		this.administration = administration;
		this.access = access;
		this.callViews = callViews;
		this.applicationViews = applicationViews;
		this.reviewViews = reviewViews;
		this.reportViews = reportViews;
	}

	public Page of(long callId, long applicationId, CurrentUser me) {
		ProgramCall call = administration.callToManage(callId);
		Application application = access.find(applicationId);
		if (application.getCallId() != callId) {
			throw Refusal.notFound("programs.error.noApplication");
		}
		access.readable(applicationId, me);
		return new Page(callViews.view(call), applicationViews.applicationForStaff(application),
				callViews.form(callId, FormKind.APPLICATION), reviewViews.reviewsOfApplication(applicationId, callId),
				reportViews.reportsOf(applicationId));
	}
}
