package org.ieum.community.exchange;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** My page's exchange: my posts, and the messages between my organization and others, with answers. */
@Controller
class MyExchangeController {

	private final ExchangeQueries queries;
	private final ExchangeContacts contacts;

	MyExchangeController(ExchangeQueries queries, ExchangeContacts contacts) {
		this.queries = queries;
		this.contacts = contacts;
	}

	@GetMapping("/my/exchange")
	String mine(CurrentUser me, Model model) {
		model.addAttribute("mine", queries.mine(me));
		return "community/exchange/my";
	}

	@PostMapping("/my/exchange/messages/{id}/reply")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/exchange#message-" + id, "community.exchange.notice.sent",
				() -> contacts.reply(id, body, me));
	}
}
