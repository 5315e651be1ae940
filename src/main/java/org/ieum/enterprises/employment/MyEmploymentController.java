package org.ieum.enterprises.employment;

import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organization's managers enter its employment figures per year on My page. */
@Controller
@RequestMapping("/my/organizations/{id}/employment")
class MyEmploymentController {

	private final Employment employment;

	MyEmploymentController(Employment employment) {
		this.employment = employment;
	}

	@GetMapping
	String page(@PathVariable long id, Model model) {
		model.addAttribute("view", employment.of(id));
		return "enterprises/employment/my";
	}

	@PostMapping
	String record(@PathVariable long id, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String employees, @RequestParam(defaultValue = "") String vulnerable,
			@RequestParam(defaultValue = "") String newHires, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/organizations/" + id + "/employment", "employment.notice.recorded",
				"employment.error.changedMeanwhile", () -> employment.record(id,
						EmploymentAdminController.entry(year, employees, vulnerable, newHires)));
	}
}
