package org.ieum.notifications;

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

/** A person's notices on My page: newest first, marking one or all as read. */
@Controller
@RequestMapping("/my/notifications")
class MyNotificationsController {

	private final Inbox inbox;

	MyNotificationsController(Inbox inbox) {
		this.inbox = inbox;
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

	@PostMapping("/read-all")
	String readAll(CurrentUser me, RedirectAttributes redirect) {
		return Actions.run(redirect, "/my/notifications", "notifications.notice.allRead", () -> inbox.markAllRead(me));
	}
}
