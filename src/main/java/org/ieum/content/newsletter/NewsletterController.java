package org.ieum.content.newsletter;

import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The visitor's side of the newsletter: the subscription form of a portal (and of the network),
 * the confirmation link, and the unsubscribe page. Opening a confirmation or unsubscribe link only
 * shows a button, since mail scanners follow links; the confirmation button (a form with its CSRF
 * token) confirms, the unsubscribe button or a mail program's one-click request (RFC 8058) removes
 * the subscription.
 */
@Controller
class NewsletterController {

	private final Subscriptions subscriptions;

	NewsletterController(Subscriptions subscriptions) {
		this.subscriptions = subscriptions;
	}

	@GetMapping({ "/c/{slug}/newsletter", "/newsletter" })
	String form(@PathVariable(required = false) String slug, @RequestParam(defaultValue = "") String email,
			Model model) {
		return formPage(slug, email.length() > 254 ? "" : email.strip(), null, model);
	}

	@PostMapping({ "/c/{slug}/newsletter", "/newsletter" })
	String subscribe(@PathVariable(required = false) String slug, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "false") boolean consent, Model model, RedirectAttributes redirect) {
		try {
			subscriptions.subscribe(slug, email, consent);
		}
		catch (Refusal ex) {
			if (ex.notFound()) {
				throw ex;
			}
			return formPage(slug, email, ex, model);
		}
		redirect.addFlashAttribute("notice", "content.newsletter.notice.checkMail");
		return "redirect:" + path(slug);
	}

	private String formPage(String slug, String email, Refusal refusal, Model model) {
		model.addAttribute("newsletterName", subscriptions.portal(slug).map(c -> c.name()).orElse(null));
		model.addAttribute("action", path(slug));
		model.addAttribute("email", email);
		if (refusal != null) {
			Actions.error(model.asMap(), refusal);
		}
		return "content/newsletter/subscribe";
	}

	/** Opening the link only shows the 구독 확인 button (mail scanners follow links); a used or old link says so. */
	@GetMapping("/newsletter/confirm/{token}")
	String confirmPage(@PathVariable String token, Model model) {
		return confirmed(subscriptions.confirmation(token), token, model);
	}

	@PostMapping("/newsletter/confirm/{token}")
	String confirm(@PathVariable String token, Model model) {
		return confirmed(subscriptions.confirm(token), token, model);
	}

	private String confirmed(Subscriptions.Confirmation confirmation, String token, Model model) {
		model.addAttribute("confirmation", confirmation);
		model.addAttribute("token", token);
		model.addAttribute("again", path(confirmation.centerSlug()));
		return "content/newsletter/confirmed";
	}

	@GetMapping("/newsletter/unsubscribe/{token}")
	String unsubscribePage(@PathVariable String token, Model model) {
		model.addAttribute("subscription", subscriptions.unsubscription(token));
		return "content/newsletter/unsubscribe";
	}

	/** The page's button and a mail program's one-click request alike; no sign-in and no CSRF token needed. */
	@PostMapping("/newsletter/unsubscribe/{token}")
	String unsubscribe(@PathVariable String token, Model model) {
		Subscriptions.Unsubscription subscription = subscriptions.unsubscription(token);
		subscriptions.unsubscribe(token);
		model.addAttribute("centerName", subscription.centerName());
		return "content/newsletter/unsubscribed";
	}

	static String path(String slug) {
		return slug == null ? "/newsletter" : "/c/" + slug + "/newsletter";
	}
}
