package org.ieum.programs.reports;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.ProgramCall;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After selection, the staff's side: the agreement (date, amount) and the reports an awardee owes. */
@Service
@Transactional
public class FollowUp {

	private final ApplicationAccess access;
	private final ReportRepository reports;
	private final Clock clock;

	FollowUp(ApplicationAccess access, ReportRepository reports, Clock clock) {
		this.access = access;
		this.reports = reports;
		this.clock = clock;
	}

	public void agree(long applicationId, LocalDate agreementOn, long supportAmountWon) {
		Application application = awarded(applicationId);
		application.agree(agreementOn, supportAmountWon, clock.instant());
	}

	public Report addReport(long applicationId, ReportKind kind, LocalDate dueOn) {
		awarded(applicationId);
		return reports.save(new Report(applicationId, kind, dueOn));
	}

	private Application awarded(long applicationId) {
		Application application = access.find(applicationId);
		Authorities.requireCenterStaff(application.getCenterId());
		ProgramCall call = access.callOf(application);
		if (!call.isPublished() || application.getDecision() != Decision.AWARDED) {
			throw new Refusal("programs.error.notAwarded");
		}
		return application;
	}
}
