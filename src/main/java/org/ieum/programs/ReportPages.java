package org.ieum.programs;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The awardee's page of one report, with the call's report form. */
@Service
@Transactional
class ReportPages {

	record Page(ProgramViews.ApplicationView app, ProgramViews.ReportView report, List<ProgramViews.FieldView> fields,
			long maxFileMb) {
	}

	private final ApplicationAccess access;
	private final Reports reports;
	private final ApplicationViews applicationViews;
	private final CallViews callViews;
	private final ProgramFiles files;

	ReportPages(ApplicationAccess access, Reports reports, ApplicationViews applicationViews, CallViews callViews,
			ProgramFiles files) {
		this.access = access;
		this.reports = reports;
		this.applicationViews = applicationViews;
		this.callViews = callViews;
		this.files = files;
	}

	Page of(long applicationId, long reportId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		Report report = reports.readable(applicationId, reportId, me);
		return new Page(applicationViews.application(application), applicationViews.report(report),
				callViews.form(application.getCallId(), FormKind.REPORT), files.maxMegabytes());
	}
}
