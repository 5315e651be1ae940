package org.ieum.governance.giveback;

import java.time.Clock;

import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.governance.core.GovernanceForms;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the give-back projects: a year's list with its totals, entering a project, the review. */
@Controller
@RefusalsReturnTo("/admin/governance/giveback")
class GiveBackAdminController {

	private static final String CONCURRENT = "governance.giveback.error.concurrent";

	private final GiveBacks giveBacks;
	private final Clock clock;

	GiveBackAdminController(GiveBacks giveBacks, Clock clock) {
		this.giveBacks = giveBacks;
		this.clock = clock;
	}

	@GetMapping("/admin/governance/giveback")
	String year(StaffCenter center, @RequestParam(defaultValue = "") String year, Model model) {
		model.addAttribute("list", giveBacks.year(center.id(), year(year)));
		return "governance/admin/giveback";
	}

	@PostMapping("/admin/governance/giveback")
	String record(@RequestParam long center, @RequestParam(defaultValue = "") String businessNumber, GiveBackForm form,
			CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, listPath(center, form.startsOn()), "governance.giveback.notice.recorded",
				() -> giveBacks.record(center, businessNumber, form.details(), me.accountId()));
	}

	@PostMapping("/admin/governance/giveback/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return Actions.run(redirect, listPath(center, year), "governance.giveback.notice.accepted", CONCURRENT,
				() -> giveBacks.accept(id, GovernanceForms.text(note, 1000, false, "governance.giveback.field.note")));
	}

	@PostMapping("/admin/governance/giveback/{id}/return")
	String returnIt(@PathVariable long id, @RequestParam long center, @RequestParam(defaultValue = "") String year,
			@RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		return Actions.run(redirect, listPath(center, year), "governance.giveback.notice.returned", CONCURRENT,
				() -> giveBacks.returnToOrganization(id,
						GovernanceForms.text(note, 1000, false, "governance.giveback.field.note")));
	}

	private int year(String typed) {
		if (typed == null || typed.isBlank()) {
			return Seoul.today(clock).getYear();
		}
		try {
			return giveBacks.checkYear(Integer.parseInt(typed.strip()));
		}
		catch (NumberFormatException ex) {
			throw new Refusal("governance.giveback.error.year", giveBacks.firstYear(), Seoul.today(clock).getYear());
		}
	}

	/** Back to the list of the year the project belongs to (or was shown), so staff see it at once. */
	private static String listPath(long center, String dayOrYear) {
		String typed = dayOrYear == null ? "" : dayOrYear.strip();
		String year = typed.length() >= 4 && typed.substring(0, 4).chars().allMatch(Character::isDigit)
				? "&year=" + typed.substring(0, 4) : "";
		return "/admin/governance/giveback?center=" + center + year;
	}
}
