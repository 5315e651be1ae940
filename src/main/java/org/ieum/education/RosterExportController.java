package org.ieum.education;

import java.util.Locale;

import org.ieum.shared.Seoul;
import org.ieum.shared.export.ExportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A course's roster and attendance as XLSX; a missing reason goes back to the list with the message. */
@Controller
class RosterExportController {

	private final RosterExport export;
	private final java.time.Clock clock;

	RosterExportController(RosterExport export, java.time.Clock clock) {
		this.export = export;
		this.clock = clock;
	}

	@PostMapping("/admin/education/{id}/roster/export")
	Object download(@org.springframework.web.bind.annotation.PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale,
			RedirectAttributes redirect) {
		try {
			byte[] file = export.xlsx(id, reason, locale);
			return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ExportFormat.XLSX.attachment("course-roster-" + id + "-" + Seoul.today(clock)))
				.contentType(ExportFormat.XLSX.mediaType())
				.body(file);
		}
		catch (EducationException ex) {
			redirect.addFlashAttribute("error", ex.messageKey());
			return "redirect:/admin/education/" + id + "/roster";
		}
	}
}
