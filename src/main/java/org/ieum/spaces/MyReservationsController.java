package org.ieum.spaces;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own reservations: list, cancel, and their iCal feed. */
@Controller
@RequestMapping("/my/reservations")
class MyReservationsController {

	private final Reservations bookings;
	private final CalendarFeeds feeds;
	private final FeedTokens tokens;
	private final String baseUrl;

	MyReservationsController(Reservations bookings, CalendarFeeds feeds, FeedTokens tokens,
			@Value("${ieum.base-url}") String baseUrl) {
		this.bookings = bookings;
		this.feeds = feeds;
		this.tokens = tokens;
		this.baseUrl = baseUrl;
	}

	@GetMapping
	String list(CurrentUser user, Model model) {
		model.addAttribute("reservations", bookings.reservationsOf(user.accountId()));
		model.addAttribute("hasFeed", tokens.exists(user.accountId()));
		return "spaces/my";
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
		try {
			bookings.cancel(id, user);
			redirect.addFlashAttribute("notice", "spaces.notice.cancelled");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		catch (ConcurrencyFailureException | DataIntegrityViolationException ex) {
			// a double submit or staff acting on it at the same moment: the other request won
			redirect.addFlashAttribute("error", "spaces.error.state");
		}
		return "redirect:/my/reservations";
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> calendar(CurrentUser user) {
		return IcsResponses.of(feeds.ofPerson(user.accountId()), "my-reservations.ics");
	}

	/** A new secret subscription address for calendar apps, shown once. */
	@PostMapping("/feed")
	String newFeed(CurrentUser user, RedirectAttributes redirect) {
		String token = tokens.renew(user.accountId());
		redirect.addFlashAttribute("feedUrl", baseUrl + "/spaces/feeds/" + token + ".ics");
		redirect.addFlashAttribute("notice", "spaces.notice.feedCreated");
		return "redirect:/my/reservations#feed";
	}
}
