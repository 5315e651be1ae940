package org.ieum.market.inquiries;

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

/** My page's inquiries tab: buyers' inquiries to the organizations I manage, to read and answer. */
@Controller
@RequestMapping("/my/market/inquiries")
class MyInquiriesController {

	private final Inquiries inquiries;
	private final InquiryQueries queries;

	MyInquiriesController(Inquiries inquiries, InquiryQueries queries) {
		this.inquiries = inquiries;
		this.queries = queries;
	}

	@GetMapping
	String list(CurrentUser me, Model model) {
		model.addAttribute("rows", queries.ofOrganizationsManagedBy(me.accountId()));
		return "market/my-inquiries";
	}

	@GetMapping("/{id}")
	String inquiry(@PathVariable long id, CurrentUser me, Model model) {
		model.addAttribute("inquiry", queries.forManager(id, me.accountId()));
		return "market/my-inquiry";
	}

	@PostMapping("/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer, CurrentUser me,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/market/inquiries/" + id, "market.inquiry.notice.answered",
				() -> inquiries.answer(id, me.accountId(), answer));
	}
}
