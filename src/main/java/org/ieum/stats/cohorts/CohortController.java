package org.ieum.stats.cohorts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.export.ExportFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.ieum.shared.web.Actions;

/** Staff pages of cohorts: a center's list with the ways to form one, and one cohort's progress and members. */
@Controller
@RequestMapping("/admin/cohorts")
class CohortController {

	private final Cohorts cohorts;
	private final CohortExport export;

	CohortController(Cohorts cohorts, CohortExport export) {
		this.cohorts = cohorts;
		this.export = export;
	}

	@GetMapping
	String list(StaffCenter staff, Model model) {
		model.addAttribute("cohorts", cohorts.list(staff.id()));
		model.addAttribute("choices", cohorts.choices(staff.id()));
		return "stats/cohorts/list";
	}

	@PostMapping("/course")
	String fromCourse(StaffCenter staff, @RequestParam(required = false) Long courseId,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		return created(redirect, staff, () -> cohorts.fromCourse(staff.id(), courseId, name));
	}

	@PostMapping("/intake")
	String fromIntake(StaffCenter staff, @RequestParam(required = false) Integer year,
			@RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
		return created(redirect, staff, () -> cohorts.fromIntake(staff.id(), year, name));
	}

	@PostMapping("/hand")
	String byHand(StaffCenter staff, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String startsOn, RedirectAttributes redirect) {
		return created(redirect, staff, () -> cohorts.byHand(staff.id(), name, date(startsOn)));
	}

	@GetMapping("/{id}")
	String cohort(@PathVariable long id, Model model) {
		model.addAttribute("cohort", cohorts.page(id));
		return "stats/cohorts/cohort";
	}

	@PostMapping("/{id}/members")
	String add(@PathVariable long id, @RequestParam(defaultValue = "") String organizationId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/cohorts/" + id, "cohorts.notice.added", "cohorts.notice.added",
				() -> cohorts.addMember(id, number(organizationId)));
	}

	@PostMapping("/{id}/members/{organizationId}/remove")
	String remove(@PathVariable long id, @PathVariable long organizationId, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/cohorts/" + id, "cohorts.notice.removed",
				() -> cohorts.removeMember(id, organizationId));
	}

	@GetMapping("/{id}/progress.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id, Locale locale) {
		return ExportFormat.CSV.download("cohort-" + id, export.file(id, ExportFormat.CSV, locale));
	}

	@GetMapping("/{id}/progress.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id, Locale locale) {
		return ExportFormat.XLSX.download("cohort-" + id, export.file(id, ExportFormat.XLSX, locale));
	}

	private static String created(RedirectAttributes redirect, StaffCenter staff,
			java.util.function.LongSupplier create) {
		long[] id = new long[1];
		String answer = Actions.run(redirect, "/admin/cohorts?center=" + staff.id(), "cohorts.notice.created",
				"cohorts.error.taken", () -> id[0] = create.getAsLong());
		return id[0] == 0 ? answer : "redirect:/admin/cohorts/" + id[0];
	}

	/** A number as typed; anything else is no number, which the service refuses with a message. */
	private static Long number(String text) {
		try {
			return text.isBlank() ? null : Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A date as the date field sends it; anything else is no date, which the service refuses with a message. */
	private static LocalDate date(String text) {
		try {
			return text.isBlank() ? null : LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}
}
