package org.ieum.community.exchange;

import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff's moderation of the center's exchange board: reports to decide, posts to hide or restore, comments to delete, and who may read. */
@Controller
@RequestMapping("/admin/community/exchange")
class ExchangeAdminController {

	private final ExchangeQueries queries;
	private final ExchangeModeration moderation;

	ExchangeAdminController(ExchangeQueries queries, ExchangeModeration moderation) {
		this.queries = queries;
		this.moderation = moderation;
	}

	@GetMapping
	String page(StaffCenter center, Model model) {
		model.addAttribute("page", queries.staff(center.id()));
		return "community/exchange/admin";
	}

	@PostMapping("/settings")
	String settings(StaffCenter center, @RequestParam(defaultValue = "false") boolean citizensMayRead,
			RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "community.exchange.notice.settings",
				() -> moderation.openToCitizens(center.id(), citizensMayRead));
	}

	@PostMapping("/{id}/confirm")
	String confirm(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "community.exchange.notice.confirmed", "community.exchange.error.race",
				() -> moderation.confirm(center.id(), id));
	}

	@PostMapping("/{id}/dismiss")
	String dismiss(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center), "community.exchange.notice.dismissed", "community.exchange.error.race",
				() -> moderation.dismiss(center.id(), id));
	}

	@PostMapping("/{id}/hide")
	String hide(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center) + "#posts", "community.exchange.notice.hidden",
				"community.exchange.error.race", () -> moderation.hide(center.id(), id));
	}

	@PostMapping("/{id}/restore")
	String restore(StaffCenter center, @PathVariable long id, RedirectAttributes redirect) {
		return Actions.run(redirect, target(center) + "#posts", "community.exchange.notice.restored",
				"community.exchange.error.race", () -> moderation.restore(center.id(), id));
	}

	@PostMapping("/{id}/comments/{commentId}/delete")
	String deleteComment(StaffCenter center, @PathVariable long id, @PathVariable long commentId,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/c/" + center.center().slug() + "/exchange/" + id + "#comments",
				"community.exchange.notice.commentDeleted", "community.exchange.error.race",
				() -> moderation.deleteComment(center.id(), id, commentId));
	}

	private static String target(StaffCenter center) {
		return "/admin/community/exchange?center=" + center.id();
	}
}
