package org.ieum.notifications;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.PageRequests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's notices on My page: newest first, marking one or all as read, and the channels they want. */
@Controller
@RequestMapping("/my/notifications")
class MyNotificationsController {

	private final Inbox inbox;
	private final Preferences preferences;

	MyNotificationsController(Inbox inbox, Preferences preferences) {
		this.inbox = inbox;
		this.preferences = preferences;
	}

	@GetMapping
	String list(CurrentUser me, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("notices", inbox.of(me, PageRequests.of(page, 20)));
		model.addAttribute("unread", inbox.unread(me));
		return "notifications/my";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/notifications", "notifications.notice.read", () -> inbox.markRead(id, me));
	}

	@GetMapping("/preferences")
	String preferences(CurrentUser me, Model model) {
		model.addAttribute("choices", preferences.of(me));
		List<Channel> offered = preferences.offered(me);
		model.addAttribute("channels", offered);
		model.addAttribute("phoneOffered", offered.containsAll(Channel.PHONE));
		return "notifications/preferences";
	}

	@PostMapping("/preferences")
	String savePreferences(CurrentUser me, @RequestParam(name = "on", required = false) List<String> on,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/notifications/preferences", "notifications.notice.preferencesSaved",
				() -> preferences.save(me, on));
	}

	@PostMapping("/read-all")
	String readAll(CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/notifications", "notifications.notice.allRead", () -> inbox.markAllRead(me));
	}
}
