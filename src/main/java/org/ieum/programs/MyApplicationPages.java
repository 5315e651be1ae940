package org.ieum.programs;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's pages: the list of their applications, one application with its result and reports, the receipt. */
@Service
@Transactional(readOnly = true)
class MyApplicationPages {

	record Page(ProgramViews.ApplicationView app, List<ProgramViews.FieldView> fields, ProgramViews.OwnScores scores,
			List<ProgramViews.ReportView> reports, long maxFileMb) {
	}

	private final ApplicationAccess access;
	private final ApplicationViews applicationViews;
	private final CallViews callViews;
	private final Rankings rankings;
	private final ProgramFiles files;

	MyApplicationPages(ApplicationAccess access, ApplicationViews applicationViews, CallViews callViews,
			Rankings rankings, ProgramFiles files) {
		this.access = access;
		this.applicationViews = applicationViews;
		this.callViews = callViews;
		this.rankings = rankings;
		this.files = files;
	}

	List<ProgramViews.MyApplicationRow> list(CurrentUser me) {
		return applicationViews.mine(me.accountId());
	}

	Page of(long applicationId, CurrentUser me) {
		Application application = access.own(applicationId, me);
		ProgramViews.ApplicationView view = applicationViews.application(application);
		return new Page(view, callViews.form(view.callId(), FormKind.APPLICATION),
				rankings.ownScores(application).orElse(null),
				view.resultsPublished() && view.decision() == Decision.AWARDED ? applicationViews.reportsOf(applicationId)
						: List.of(),
				files.maxMegabytes());
	}

	/** The applicant's own application as its receipt shows it; anyone else's is 403. */
	ProgramViews.ApplicationView receipt(long applicationId, CurrentUser me) {
		return applicationViews.application(access.own(applicationId, me));
	}
}
