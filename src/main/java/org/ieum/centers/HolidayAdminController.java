package org.ieum.centers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;

import jakarta.validation.Valid;

import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff read the holiday list every site closes on; system administrators correct it. */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

	private final HolidayCalendar holidays;
	private final Clock clock;

	HolidayAdminController(HolidayCalendar holidays, Clock clock) {
		this.holidays = holidays;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		model.addAttribute("holidayForm", new HolidayForm());
		return page(year, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("holidayForm") HolidayForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Authorities.requireSystemAdmin();
		if (!errors.hasErrors() && holidays.exists(form.getDate(), form.getName().strip())) {
			errors.rejectValue("name", "centers.error.holidayExists");
		}
		if (errors.hasErrors()) {
			return page(form.getDate() == null ? null : form.getDate().getYear(), model);
		}
		holidays.add(form.getDate(), form.getName().strip());
		redirect.addFlashAttribute("notice", "centers.notice.holidayAdded");
		return "redirect:/admin/holidays?year=" + form.getDate().getYear();
	}

	@PostMapping("/{holidayId}/delete")
	String remove(@PathVariable long holidayId, @RequestParam int year, RedirectAttributes redirect) {
		holidays.remove(holidayId);
		redirect.addFlashAttribute("notice", "centers.notice.holidayRemoved");
		return "redirect:/admin/holidays?year=" + year;
	}

	private String page(Integer requestedYear, Model model) {
		int thisYear = Seoul.today(clock).getYear();
		// a year far outside the holiday data is a typo, not a request: show this year instead
		int year = requestedYear == null || requestedYear < 2000 || requestedYear > 2100 ? thisYear : requestedYear;
		model.addAttribute("year", year);
		model.addAttribute("holidays", holidays.inYear(Year.of(year)).stream()
			.map(h -> new HolidayRow(h.getId(), h.getDate(), h.getName()))
			.toList());
		model.addAttribute("canEdit", Authorities.isSystemAdmin());
		return "centers/admin/holidays";
	}

	record HolidayRow(long id, LocalDate date, String name) {
	}
}
