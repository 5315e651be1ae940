package org.ieum.library.portal;

import org.ieum.identity.CurrentUser;
import org.ieum.library.lending.Holds;
import org.ieum.library.lending.Lending;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page's library tab: the member's loans (renew) and holds (cancel). */
@Controller
@RequestMapping("/my/library")
class MyLibraryController {

	private final MyLibrary mine;
	private final Lending lending;
	private final Holds holds;

	MyLibraryController(MyLibrary mine, Lending lending, Holds holds) {
		this.mine = mine;
		this.lending = lending;
		this.holds = holds;
	}

	@GetMapping
	String page(CurrentUser me, Model model) {
		model.addAttribute("cards", mine.cards(me.accountId()));
		model.addAttribute("loans", mine.loans(me.accountId()));
		model.addAttribute("holds", mine.holds(me.accountId()));
		return "library/my";
	}

	@PostMapping("/loans/{id}/renew")
	String renew(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/library", "library.notice.renewed", "library.error.race",
				() -> lending.renew(id, me));
	}

	@PostMapping("/holds/{id}/cancel")
	String cancel(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/library", "library.notice.holdCancelled", "library.error.race",
				() -> holds.cancel(id, me));
	}
}
