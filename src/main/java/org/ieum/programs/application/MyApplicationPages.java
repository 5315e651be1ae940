package org.ieum.programs.application;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramFiles;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.reports.ReportViews;
import org.ieum.programs.review.Rankings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's pages: the list of their applications, one application with its result and reports, the receipt. */
@Service
@Transactional(readOnly = true)
public class MyApplicationPages {

	public record Page(ProgramViews.ApplicationView app, List<ProgramViews.FieldView> fields, ProgramViews.OwnScores scores,
			List<ReportViews.ReportView> reports, long maxFileMb) {
	}

	private final ApplicationAccess access;
	private final ApplicationViews applicationViews;
	private final CallViews callViews;
	private final Rankings rankings;
	private final ReportViews reportViews;
	private final ProgramFiles files;

	MyApplicationPages(ApplicationAccess access, ApplicationViews applicationViews, CallViews callViews,
			Rankings rankings, ReportViews reportViews, ProgramFiles files) {
		this.access = access;
		this.applicationViews = applicationViews;
		this.callViews = callViews;
		this.rankings = rankings;
		this.reportViews = reportViews;
		this.files = files;
	}

	public List<ProgramViews.MyApplicationRow> list(CurrentUser me) {
		return applicationViews.mine(me.accountId());
	}

	public Page of(long applicationId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		ProgramViews.ApplicationView view = applicationViews.application(application);
		return new Page(view, callViews.form(view.callId(), FormKind.APPLICATION),
				rankings.ownScores(application).orElse(null),
				view.resultsPublished() && view.decision() == Decision.AWARDED ? reportViews.reportsOf(applicationId)
						: List.of(),
				files.maxMegabytes());
	}

	/** The applicant's own application as its receipt shows it; anyone else's is 403. */
	public ProgramViews.ApplicationView receipt(long applicationId, CurrentUser me) {
		return applicationViews.application(access.own(applicationId, me));
	}
}
