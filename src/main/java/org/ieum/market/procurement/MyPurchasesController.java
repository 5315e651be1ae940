package org.ieum.market.procurement;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page's public-sales tab: the purchase records of the organizations I manage, to confirm. */
@Controller
@RequestMapping("/my/market/purchases")
class MyPurchasesController {

	private final Purchases purchases;

	MyPurchasesController(Purchases purchases) {
		this.purchases = purchases;
	}

	@GetMapping
	String page(CurrentUser me, Model model) {
		model.addAttribute("rows", purchases.ofOrganizationsManagedBy(me.accountId()));
		return "market/my-purchases";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/purchases", "market.notice.purchaseConfirmed",
				() -> purchases.confirm(id, me.accountId()));
	}
}
