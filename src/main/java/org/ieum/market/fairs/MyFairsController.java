package org.ieum.market.fairs;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page's markets and fairs: events taking applications, my organizations' booths and their sales. */
@Controller
@RequestMapping("/my/market/fairs")
class MyFairsController {

	private final Fairs fairs;
	private final FairQueries queries;

	MyFairsController(Fairs fairs, FairQueries queries) {
		this.fairs = fairs;
		this.queries = queries;
	}

	@GetMapping
	String page(CurrentUser me, Model model) {
		model.addAttribute("my", queries.mine(me.accountId()));
		return "market/my-fairs";
	}

	@PostMapping("/{id}/apply")
	String apply(@PathVariable long id, @RequestParam(required = false) Long organization,
			@RequestParam(required = false) String note, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/fairs", "market.fairs.notice.applied",
				() -> fairs.apply(id, organization == null ? 0 : organization, note, me.accountId()));
	}

	@PostMapping("/applications/{id}/sales")
	String sales(@PathVariable long id, @RequestParam String won, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/fairs", "market.fairs.notice.salesRecorded",
				() -> fairs.recordSales(id, won, me.accountId()));
	}
}
