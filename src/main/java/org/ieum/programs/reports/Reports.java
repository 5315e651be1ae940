package org.ieum.programs.reports;

import java.time.Clock;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationFile;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.Forms;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An awardee's progress and final reports: answers, files, submission, on the call's report form. */
@Service
@Transactional
public class Reports {

	private final ApplicationAccess access;
	private final ReportRepository reports;
	private final Forms forms;
	private final Clock clock;

	Reports(ApplicationAccess access, ReportRepository reports, Forms forms, Clock clock) {
		this.access = access;
		this.reports = reports;
		this.forms = forms;
		this.clock = clock;
	}

	/** The report if the current user may read its application (applicant, reviewer, staff). */
	public Report readable(long applicationId, long reportId, CurrentUser me) {
		access.readable(applicationId, me);
		return reportOf(applicationId, reportId);
	}

	public void saveReport(long applicationId, long reportId, CurrentUser me, Map<Long, String> raw) {
		Report report = own(applicationId, reportId, me);
		report.saveAnswers(forms.normalized(callIdOf(applicationId), FormKind.REPORT, raw));
	}

	public ApplicationFile uploadToReport(long applicationId, long reportId, CurrentUser me, long fieldId, String name,
			byte[] bytes) {
		Report report = own(applicationId, reportId, me);
		report.requireDue();
		return forms.attach(applicationId, reportId, callIdOf(applicationId), FormKind.REPORT, fieldId, name, bytes);
	}

	public void submitReport(long applicationId, long reportId, CurrentUser me) {
		Report report = own(applicationId, reportId, me);
		forms.requireComplete(callIdOf(applicationId), FormKind.REPORT, report.getAnswers(), applicationId, reportId);
		report.submit(clock.instant());
	}

	private long callIdOf(long applicationId) {
		return access.find(applicationId).getCallId();
	}

	private Report own(long applicationId, long reportId, CurrentUser me) {
		access.own(applicationId, me);
		return reportOf(applicationId, reportId);
	}

	private Report reportOf(long applicationId, long reportId) {
		return reports.findById(reportId).filter(r -> r.getApplicationId() == applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noReport"));
	}
}
