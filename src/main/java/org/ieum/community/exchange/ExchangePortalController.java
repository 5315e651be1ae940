package org.ieum.community.exchange;

import jakarta.validation.Valid;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A center's exchange board in its portal: the list by category, posting, and a post's page with its
 * comments, the message to the poster and the report. A bad text comes back as a message with what
 * was typed; someone who may not do it (manages no organization) gets the 403 page with the reason.
 */
@Controller
@RequestMapping("/c/{slug}/exchange")
class ExchangePortalController {

	private final ExchangeQueries queries;
	private final Exchange exchange;
	private final ExchangeContacts contacts;
	private final CentersApi centers;
	private final IdentityApi identity;

	ExchangePortalController(ExchangeQueries queries, Exchange exchange, ExchangeContacts contacts, CentersApi centers,
			IdentityApi identity) {
		this.queries = queries;
		this.exchange = exchange;
		this.contacts = contacts;
		this.centers = centers;
		this.identity = identity;
	}

	@GetMapping
	String board(@PathVariable String slug, @RequestParam(required = false) ExchangeCategory category,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("board", queries.board(center(slug).id(), category, page, identity.currentUser()));
		model.addAttribute("categories", ExchangeCategory.values());
		return "community/exchange/board";
	}

	@GetMapping("/new")
	String postForm(@PathVariable String slug, CurrentUser me, Model model) {
		model.addAttribute("organizations", queries.postingAs(center(slug).id(), me));
		model.addAttribute("postForm", new PostForm());
		model.addAttribute("categories", ExchangeCategory.values());
		return "community/exchange/new";
	}

	@PostMapping("/new")
	String post(@PathVariable String slug, CurrentUser me, @Valid @ModelAttribute PostForm postForm, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		if (!errors.hasErrors()) {
			try {
				long id = exchange.post(centerId, postForm, me);
				redirect.addFlashAttribute(Actions.NOTICE, "community.exchange.notice.posted");
				return "redirect:" + path(slug, id);
			}
			catch (Refusal ex) {
				if (ex.status() != HttpStatus.BAD_REQUEST) {
					throw ex;
				}
				errors.reject(ex.messageKey(), ex.args(), ex.messageKey());
			}
		}
		model.addAttribute("organizations", queries.postingAs(centerId, me));
		model.addAttribute("categories", ExchangeCategory.values());
		return "community/exchange/new";
	}

	@GetMapping("/{id}")
	String post(@PathVariable String slug, @PathVariable long id, Model model) {
		model.addAttribute("post", queries.post(center(slug).id(), id, identity.currentUser()));
		return "community/exchange/post";
	}

	@PostMapping("/{id}/comments")
	String comment(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long organizationId,
			@RequestParam(defaultValue = "") String body, CurrentUser me, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return run(redirect, path(slug, id) + "#comments", "community.exchange.notice.commented", "commentBody", body,
				() -> exchange.comment(centerId, id, organizationId, body, me));
	}

	@PostMapping("/{id}/contact")
	String contact(@PathVariable String slug, @PathVariable long id, @RequestParam(required = false) Long organizationId,
			@RequestParam(defaultValue = "") String body, CurrentUser me, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return run(redirect, path(slug, id) + "#contact", "community.exchange.notice.sent", "contactBody", body,
				() -> contacts.contact(centerId, id, organizationId, body, me));
	}

	@PostMapping("/{id}/report")
	String report(@PathVariable String slug, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			CurrentUser me, RedirectAttributes redirect) {
		long centerId = center(slug).id();
		return run(redirect, path(slug, id) + "#report", "community.exchange.notice.reported", "reportReason", reason,
				() -> exchange.report(centerId, id, reason, me));
	}

	/** Runs the action; a refusal of the text comes back with what was typed, a refusal of the person is the 403 page. */
	private static String run(RedirectAttributes redirect, String target, String notice, String typedName, String typed,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(Actions.NOTICE, notice);
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			Actions.refused(redirect, ex);
			redirect.addFlashAttribute(typedName, typed);
		}
		return "redirect:" + target;
	}

	private static String path(String slug, long id) {
		return "/c/" + slug + "/exchange/" + id;
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
