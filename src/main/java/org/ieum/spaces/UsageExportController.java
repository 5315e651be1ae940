package org.ieum.spaces;

import java.time.YearMonth;
import java.util.Locale;

import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The usage page's month as XLSX. */
@Controller
@RefusalsReturnTo("/admin/spaces/usage")
class UsageExportController {

	private final UsageExport export;

	UsageExportController(UsageExport export) {
		this.export = export;
	}

	@GetMapping("/admin/spaces/usage.xlsx")
	ResponseEntity<byte[]> download(@RequestParam long center,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Locale locale) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportFormat.XLSX.attachment("space-usage-" + center + "-" + month))
			.contentType(ExportFormat.XLSX.mediaType())
			.body(export.xlsx(center, month, locale));
	}
}
