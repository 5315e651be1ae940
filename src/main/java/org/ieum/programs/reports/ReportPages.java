package org.ieum.programs.reports;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramFiles;
import org.ieum.programs.call.ProgramViews;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The awardee's page of one report, with the call's report form. */
@Service
@Transactional
public class ReportPages {

	public record Page(ProgramViews.ApplicationView app, ReportViews.ReportView report, List<ProgramViews.FieldView> fields,
			long maxFileMb) {
	}

	private final ApplicationAccess access;
	private final Reports reports;
	private final ApplicationViews applicationViews;
	private final ReportViews reportViews;
	private final CallViews callViews;
	private final ProgramFiles files;

	ReportPages(ApplicationAccess access, Reports reports, ApplicationViews applicationViews, ReportViews reportViews,
			CallViews callViews, ProgramFiles files) {
		this.access = access;
		this.reports = reports;
		this.applicationViews = applicationViews;
		this.reportViews = reportViews;
		this.callViews = callViews;
		this.files = files;
	}

	public Page of(long applicationId, long reportId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		Report report = reports.readable(applicationId, reportId, me);
		return new Page(applicationViews.application(application), reportViews.report(report),
				callViews.form(application.getCallId(), FormKind.REPORT), files.maxMegabytes());
	}
}
