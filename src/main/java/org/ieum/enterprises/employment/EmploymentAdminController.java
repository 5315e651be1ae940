package org.ieum.enterprises.employment;

import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff see and enter an organization's employment figures per year. */
@Controller
@RequestMapping("/admin/organizations/{id}/employment")
class EmploymentAdminController {

	private final Employment employment;

	EmploymentAdminController(Employment employment) {
		this.employment = employment;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("view", employment.of(id));
		return "enterprises/employment/admin";
	}

	@PostMapping
	String record(@PathVariable long id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String employees, @RequestParam(defaultValue = "") String vulnerable,
			@RequestParam(defaultValue = "") String newHires, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/organizations/" + id + "/employment", "employment.notice.recorded",
				"employment.error.changedMeanwhile", () -> employment.record(id, entry(year, employees, vulnerable, newHires)));
	}

	/** The four fields as typed: blanks stay blank for the rules to name; anything but a whole number is refused. */
	static Employment.Entry entry(String year, String employees, String vulnerable, String newHires) {
		Long y = number(year, "employment.error.yearFormat");
		if (y != null && (y < Integer.MIN_VALUE || y > Integer.MAX_VALUE)) {
			throw new Refusal("employment.error.yearFormat");
		}
		return new Employment.Entry(y == null ? null : y.intValue(), number(employees, "employment.error.number"),
				number(vulnerable, "employment.error.number"), number(newHires, "employment.error.number"));
	}

	private static Long number(String text, String refusal) {
		String digits = text.strip().replace(",", "");
		if (digits.isEmpty()) {
			return null;
		}
		if (!digits.matches("-?[0-9]{1,12}")) {
			throw new Refusal(refusal);
		}
		return Long.valueOf(digits);
	}
}
