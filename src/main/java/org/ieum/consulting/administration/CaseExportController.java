package org.ieum.consulting.administration;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The case list as XLSX; a missing reason goes back to the list with the message. */
@Controller
@RefusalsReturnTo("/admin/consulting")
public class CaseExportController {

	private final CaseExport export;
	private final Clock clock;

	public CaseExportController(CaseExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/consulting/export")
	public Object download(@RequestParam long center, @RequestParam(defaultValue = "") String reason, Locale locale) {
		return ExportFormat.XLSX.download("consulting-cases-" + center + "-" + Seoul.today(clock),
				export.xlsx(center, reason, locale));
	}
}
