package org.ieum.education.administration;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A course's roster and attendance as XLSX; a missing reason goes back to the roster with the message (the
 * redirect fills in the course's {@code {id}} from the request).
 */
@Controller
@RefusalsReturnTo("/admin/education/{id}/roster")
class RosterExportController {

	private final RosterExport export;
	private final Clock clock;

	RosterExportController(RosterExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/education/{id}/roster/export")
	ResponseEntity<byte[]> download(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
			Locale locale) {
		return ExportFormat.XLSX.download("course-roster-" + id + "-" + Seoul.today(clock), export.xlsx(id, reason, locale));
	}
}
