package org.ieum.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.files.DownloadNames;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** After selection: the agreement (date, amount) and the awardee's progress and final reports. */
@Service
@Transactional
class FollowUp {

	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final ReportRepository reports;
	private final FormFieldRepository fields;
	private final ApplicationFileRepository fileRecords;
	private final ProgramFiles files;
	private final Applications applicationService;
	private final Clock clock;

	FollowUp(ApplicationRepository applications, CallRepository calls, ReportRepository reports,
			FormFieldRepository fields, ApplicationFileRepository fileRecords, ProgramFiles files,
			Applications applicationService, Clock clock) {
		this.applications = applications;
		this.calls = calls;
		this.reports = reports;
		this.fields = fields;
		this.fileRecords = fileRecords;
		this.files = files;
		this.applicationService = applicationService;
		this.clock = clock;
	}

	void agree(long applicationId, LocalDate agreementOn, long supportAmountWon) {
		Application application = awarded(applicationId);
		application.agree(agreementOn, supportAmountWon, clock.instant());
	}

	Report addReport(long applicationId, ReportKind kind, LocalDate dueOn) {
		awarded(applicationId);
		return reports.save(new Report(applicationId, kind, dueOn));
	}

	/** The report if the current user may read its application (applicant, reviewer, staff). */
	Report readable(long applicationId, long reportId, CurrentUser me) {
		applicationService.readable(applicationId, me);
		return reports.findById(reportId).filter(r -> r.getApplicationId() == applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noReport"));
	}

	void saveReport(long applicationId, long reportId, CurrentUser me, Map<Long, String> raw) {
		Report report = own(applicationId, reportId, me);
		report.saveAnswers(Applications.normalize(reportForm(applicationId), raw));
	}

	ApplicationFile uploadToReport(long applicationId, long reportId, CurrentUser me, long fieldId, String name,
			byte[] bytes) {
		Report report = own(applicationId, reportId, me);
		report.requireDue();
		Application application = applications.findById(applicationId).orElseThrow();
		FormField field = applicationService.fileField(application.getCallId(), FormKind.REPORT, fieldId);
		ProgramFiles.StoredFile stored = files.store(name, bytes);
		return fileRecords.save(new ApplicationFile(applicationId, reportId, field.getId(), stored,
				DownloadNames.of(name, stored.file()), clock.instant()));
	}

	void submitReport(long applicationId, long reportId, CurrentUser me) {
		Report report = own(applicationId, reportId, me);
		Applications.requireComplete(reportForm(applicationId), report.getAnswers(),
				fileRecords.findByReportIdOrderByIdAsc(reportId));
		report.submit(clock.instant());
	}

	private List<FormField> reportForm(long applicationId) {
		Application application = applications.findById(applicationId).orElseThrow();
		return fields.findByCallIdAndFormOrderBySortOrderAscIdAsc(application.getCallId(), FormKind.REPORT);
	}

	private Report own(long applicationId, long reportId, CurrentUser me) {
		applicationService.own(applicationId, me);
		return reports.findById(reportId).filter(r -> r.getApplicationId() == applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noReport"));
	}

	private Application awarded(long applicationId) {
		Application application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
		Authorities.requireCenterStaff(application.getCenterId());
		ProgramCall call = calls.findById(application.getCallId()).orElseThrow();
		if (!call.isPublished() || application.getDecision() != Decision.AWARDED) {
			throw new Refusal("programs.error.notAwarded");
		}
		return application;
	}
}
