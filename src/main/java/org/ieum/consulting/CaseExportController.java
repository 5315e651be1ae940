package org.ieum.consulting;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case list as XLSX; a missing reason goes back to the list with the message. */
@Controller
class CaseExportController {

	private final CaseExport export;
	private final Clock clock;

	CaseExportController(CaseExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/consulting/export")
	Object download(@RequestParam long center, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			return ExportFormat.XLSX.download("consulting-cases-" + center + "-" + Seoul.today(clock), export.xlsx(center, reason, locale));
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/admin/consulting?center=" + center;
		}
	}
}
