package org.ieum.market.inquiries;

import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import org.ieum.centers.CentersApi;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The inquiry form's target on a product page (a portal's and the network's) and the buyer's private page. */
@Controller
class InquiryController {

	private final Inquiries inquiries;
	private final InquiryQueries queries;
	private final CentersApi centers;

	InquiryController(Inquiries inquiries, InquiryQueries queries, CentersApi centers) {
		this.inquiries = inquiries;
		this.queries = queries;
		this.centers = centers;
	}

	@PostMapping("/c/{slug}/market/products/{id}/inquiries")
	String sendInPortal(@PathVariable String slug, @PathVariable long id, @ModelAttribute("inquiry") InquiryForm form,
			BindingResult binding, RedirectAttributes redirect) {
		Set<Long> scope = centers.findBySlug(slug)
			.map(c -> centers.centerAndDescendantIds(c.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return send(id, scope, "/c/" + slug + "/market/products/" + id, form, binding, redirect);
	}

	@PostMapping("/market/products/{id}/inquiries")
	String sendInNetwork(@PathVariable long id, @ModelAttribute("inquiry") InquiryForm form, BindingResult binding,
			RedirectAttributes redirect) {
		return send(id, null, "/market/products/" + id, form, binding, redirect);
	}

	@GetMapping({ "/c/{slug}/market/inquiries/{token}", "/market/inquiries/{token}" })
	String privatePage(@PathVariable String token, Model model, HttpServletResponse response) {
		// the address is the buyer's key: no search engine keeps it and no link passes it on
		response.setHeader("X-Robots-Tag", "noindex");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("inquiry", queries.byToken(token)
			.orElseThrow(() -> Refusal.notFound("market.inquiry.error.unknownLink")));
		return "market/inquiry";
	}

	private String send(long productId, Set<Long> scope, String productPage, InquiryForm form, BindingResult binding,
			RedirectAttributes redirect) {
		try {
			if (binding.hasFieldErrors("neededBy")) {
				throw new Refusal("market.inquiry.error.neededByFormat");
			}
			Inquiries.Receipt receipt = inquiries.send(productId, scope, form.terms());
			redirect.addFlashAttribute(Actions.NOTICE, "market.inquiry.notice.sent");
			return "redirect:" + receipt.privatePath();
		}
		catch (Refusal refusal) {
			if (refusal.notFound()) {
				throw refusal;
			}
			Actions.refused(redirect, refusal);
			redirect.addFlashAttribute("inquiry", form);
			return "redirect:" + productPage + "#inquiry";
		}
	}
}
