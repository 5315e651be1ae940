package org.ieum.governance.giveback;

import org.ieum.identity.CurrentUser;
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

/** An organization manager's give-back projects on 마이페이지: report one, see the review, correct a returned one. */
@Controller
@RefusalsReturnTo("/my/governance/giveback")
class GiveBackMemberController {

	private final GiveBacks giveBacks;

	GiveBackMemberController(GiveBacks giveBacks) {
		this.giveBacks = giveBacks;
	}

	@GetMapping("/my/governance/giveback")
	String mine(CurrentUser me, Model model) {
		model.addAttribute("mine", giveBacks.mine(me.accountId()));
		return "governance/my/giveback";
	}

	@PostMapping("/my/governance/giveback")
	String report(@RequestParam(defaultValue = "") String place, GiveBackForm form, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/governance/giveback", "governance.giveback.notice.reported", () -> {
			long[] ids = place(place);
			giveBacks.report(ids[0], ids[1], form.details(), me.accountId());
		});
	}

	@GetMapping("/my/governance/giveback/{id}")
	String project(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("project", giveBacks.project(id, me.accountId()));
		return "governance/my/giveback-project";
	}

	@PostMapping("/my/governance/giveback/{id}")
	String correct(@PathVariable long id, GiveBackForm form, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/governance/giveback/" + id, "governance.giveback.notice.reported",
				"governance.giveback.error.concurrent", () -> giveBacks.correct(id, form.details(), me.accountId()));
	}

	/** "organization-center" as the place chooser sends it. */
	private static long[] place(String typed) {
		String[] parts = typed.split("-");
		try {
			if (parts.length == 2) {
				return new long[] { Long.parseLong(parts[0]), Long.parseLong(parts[1]) };
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Refusal("governance.giveback.error.placeUnknown");
	}
}
