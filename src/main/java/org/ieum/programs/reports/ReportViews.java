package org.ieum.programs.reports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.ieum.programs.call.ApplicationFileRepository;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.ProgramViews;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ieum.programs.call.CallViews.seoul;

/** An awardee's reports as its application's pages and the report's own page show them; every method reads only. */
@Component
@Transactional(readOnly = true)
public class ReportViews {

	public record ReportView(long id, ReportKind kind, LocalDate dueOn, ReportStatus status, LocalDateTime submittedAt,
			Map<Long, String> answers, Map<Long, List<ProgramViews.FileView>> files) {
	}

	private final ReportRepository reports;
	private final ApplicationFileRepository files;

	ReportViews(ReportRepository reports, ApplicationFileRepository files) {
		this.reports = reports;
		this.files = files;
	}

	public List<ReportView> reportsOf(long applicationId) {
		return reports.findByApplicationIdOrderByDueOnAscIdAsc(applicationId).stream().map(this::report).toList();
	}

	public ReportView report(Report r) {
		return new ReportView(r.getId(), r.getKind(), r.getDueOn(), r.getStatus(), seoul(r.getSubmittedAt()),
				r.getAnswers(), ApplicationViews.fileViews(files.findByReportIdOrderByIdAsc(r.getId())));
	}
}
