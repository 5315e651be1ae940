package org.ieum.content.community;

import java.util.List;
import java.util.Objects;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostPages;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenter;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.ieum.shared.web.SafeReturnPath;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members write, comment and report on a member board; staff review reports and hide comments. */
@Controller
class CommunityController {

	private final Community community;
	private final PostPages pages;
	private final CentersApi centers;

	CommunityController(Community community, PostPages pages, CentersApi centers) {
		this.community = community;
		this.pages = pages;
		this.centers = centers;
	}

	@GetMapping({ "/c/{slug}/boards/{board}/write", "/boards/{board}/write" })
	String writeForm(@PathVariable(required = false) String slug, @PathVariable String board, CurrentUser me,
			Model model) {
		model.addAttribute("board", pages.boardView(community.board(slug, board), slug));
		return "content/write";
	}

	@PostMapping({ "/c/{slug}/boards/{board}/write", "/boards/{board}/write" })
	String write(@PathVariable(required = false) String slug, @PathVariable String board,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, CurrentUser me,
			Model model, RedirectAttributes redirect) {
		try {
			Post post = community.write(slug, board, title, body, me);
			redirect.addFlashAttribute("notice", "content.notice.posted");
			return "redirect:" + PostPages.boardPath(slug, board) + "/" + post.getId();
		}
		catch (Refusal ex) {
			model.addAttribute("board", pages.boardView(community.board(slug, board), slug));
			model.addAttribute("refusal", ex.messageKey());
			model.addAttribute("refusalArgs", ex.args());
			model.addAttribute("title", title);
			model.addAttribute("body", body);
			return "content/write";
		}
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments", "/boards/{board}/{id:[0-9]{1,18}}/comments" })
	String comment(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "") String body, CurrentUser me, RedirectAttributes redirect) {
		String back = PostPages.boardPath(slug, board) + "/" + id + "#comments";
		return Actions.run(redirect, back, "content.notice.commented", () -> community.comment(id, body, me));
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/report", "/boards/{board}/{id:[0-9]{1,18}}/report" })
	String report(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "0") long comment, @RequestParam(defaultValue = "") String reason,
			CurrentUser me, RedirectAttributes redirect) {
		String back = PostPages.boardPath(slug, board) + "/" + id + "#comments";
		return Actions.run(redirect, back, "content.notice.reported", () -> community.report(id, comment, reason, me));
	}

	@GetMapping("/admin/content/reports")
	String reports(StaffCenter center, Model model) {
		model.addAttribute("reports", community.openReports(List.of(center.id())));
		return "content/admin/reports";
	}

	@PostMapping("/admin/content/comments/{id}/{change:hide|restore}")
	String hideComment(@PathVariable long id, @PathVariable String change, @RequestParam(defaultValue = "") String back,
			RedirectAttributes redirect) {
		return Actions.run(redirect, Objects.requireNonNullElse(SafeReturnPath.of(back), "/admin/content/reports"),
				change.equals("hide") ? "content.notice.hidden" : "content.notice.restored",
				() -> community.hideComment(id, change.equals("hide")));
	}

	@PostMapping("/admin/content/reports/{id}/resolve")
	String resolve(@PathVariable long id, @RequestParam(required = false) Long center, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/reports" + (center == null ? "" : "?center=" + center),
				"content.notice.resolved", () -> community.resolve(id));
	}

}
