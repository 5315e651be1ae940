package org.ieum.governance.report;

import java.time.Year;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The yearly performance report for staff: the page, and the same report as XLSX and PDF. */
@Controller
@RefusalsReturnTo("/admin/governance/report")
@RequestMapping("/admin/governance")
class ReportController {

	private final YearlyReports reports;
	private final ReportWorkbook workbook;
	private final ReportPdf pdf;

	ReportController(YearlyReports reports, ReportWorkbook workbook, ReportPdf pdf) {
		this.reports = reports;
		this.workbook = workbook;
		this.pdf = pdf;
	}

	@GetMapping("/report")
	String report(StaffCenter center, @RequestParam(defaultValue = "") String year, Model model) {
		model.addAttribute("report", reports.report(center.id(), reports.year(year)));
		model.addAttribute("years", reports.years());
		return "governance/admin/report";
	}

	@GetMapping("/report.xlsx")
	ResponseEntity<byte[]> xlsx(StaffCenter center, @RequestParam(defaultValue = "") String year) {
		Year asked = reports.year(year);
		return download(workbook.write(reports.report(center.id(), asked)), ExportFormat.XLSX.mediaType(),
				name(center, asked, "xlsx"));
	}

	@GetMapping("/report.pdf")
	ResponseEntity<byte[]> pdf(StaffCenter center, @RequestParam(defaultValue = "") String year) {
		Year asked = reports.year(year);
		return download(pdf.render(reports.report(center.id(), asked)), MediaType.APPLICATION_PDF,
				name(center, asked, "pdf"));
	}

	private static String name(StaffCenter center, Year year, String extension) {
		return "performance-report-" + center.center().slug() + "-" + year + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(bytes);
	}
}
