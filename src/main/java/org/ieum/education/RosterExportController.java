package org.ieum.education;

import java.time.Clock;
import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course's roster and attendance as XLSX; a missing reason goes back to the list with the message. */
@Controller
class RosterExportController {

	private final RosterExport export;
	private final Clock clock;

	RosterExportController(RosterExport export, Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/education/{id}/roster/export")
	Object download(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			return ExportFormat.XLSX.download("course-roster-" + id + "-" + Seoul.today(clock), export.xlsx(id, reason, locale));
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
			return "redirect:/admin/education/" + id + "/roster";
		}
	}
}
