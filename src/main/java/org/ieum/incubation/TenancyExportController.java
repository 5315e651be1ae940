package org.ieum.incubation;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The tenancy list as XLSX; a missing reason goes back to the list with the message. */
@Controller
@RefusalsReturnTo("/admin/incubation/tenancies")
class TenancyExportController {

	private final TenancyExport export;
	private final Clock clock;

	TenancyExportController(TenancyExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/incubation/tenancies/export")
	Object download(@RequestParam long center, @RequestParam(defaultValue = "") String reason, Locale locale) {
		return ExportFormat.XLSX.download("incubation-tenancies-" + center + "-" + Seoul.today(clock),
				export.xlsx(center, reason, locale));
	}
}
