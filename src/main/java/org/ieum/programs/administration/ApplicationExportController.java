package org.ieum.programs.administration;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A call's applications and scores as XLSX; a missing reason goes back to the list with the message. */
@Controller
@RefusalsReturnTo("/admin/programs/{id}/applications")
class ApplicationExportController {

	private final ApplicationExport export;
	private final Clock clock;

	ApplicationExportController(ApplicationExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/programs/{id}/applications/export")
	Object download(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale) {
		return ExportFormat.XLSX.download("program-applications-" + id + "-" + Seoul.today(clock), export.xlsx(id, reason, locale));
	}
}
