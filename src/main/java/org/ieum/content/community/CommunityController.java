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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members write, change, delete, comment and report on a member board (their own posts and comments
 * only); staff review reports and hide comments.
 */
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
			Actions.error(model.asMap(), ex);
			model.addAttribute("title", title);
			model.addAttribute("body", body);
			return "content/write";
		}
	}

	@GetMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/edit", "/boards/{board}/{id:[0-9]{1,18}}/edit" })
	String editForm(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			CurrentUser me, Model model) {
		Post post = community.ownPost(slug, board, id, me);
		return editPage(slug, board, id, post.getTitle(), post.getBodyText(), null, model);
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/edit", "/boards/{board}/{id:[0-9]{1,18}}/edit" })
	String edit(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, CurrentUser me,
			Model model, RedirectAttributes redirect) {
		try {
			community.edit(slug, board, id, title, body, me);
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			return editPage(slug, board, id, title, body, ex, model);
		}
		redirect.addFlashAttribute("notice", "content.notice.edited");
		return "redirect:" + PostPages.boardPath(slug, board) + "/" + id;
	}

	private String editPage(String slug, String board, long id, String title, String body, Refusal refusal,
			Model model) {
		model.addAttribute("board", pages.boardView(community.board(slug, board), slug));
		model.addAttribute("formAction", PostPages.boardPath(slug, board) + "/" + id + "/edit");
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		if (refusal != null) {
			Actions.error(model.asMap(), refusal);
		}
		return "content/write";
	}

	/** The writer deletes their post once they ticked the confirmation; someone else's is a 403 page. */
	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/delete", "/boards/{board}/{id:[0-9]{1,18}}/delete" })
	String delete(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, CurrentUser me, RedirectAttributes redirect) {
		String list = PostPages.boardPath(slug, board);
		return ownAction(redirect, list, list + "/" + id, "content.notice.deleted",
				() -> community.delete(slug, board, id, confirm, me));
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/edit",
			"/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/edit" })
	String editComment(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@PathVariable long comment, @RequestParam(defaultValue = "") String body, CurrentUser me,
			RedirectAttributes redirect) {
		String back = PostPages.boardPath(slug, board) + "/" + id + "#comments";
		return ownAction(redirect, back, back, "content.notice.commentEdited",
				() -> community.editComment(id, comment, body, me));
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/delete",
			"/boards/{board}/{id:[0-9]{1,18}}/comments/{comment:[0-9]{1,18}}/delete" })
	String deleteComment(@PathVariable(required = false) String slug, @PathVariable String board,
			@PathVariable long id, @PathVariable long comment, @RequestParam(defaultValue = "false") boolean confirm,
			CurrentUser me, RedirectAttributes redirect) {
		String back = PostPages.boardPath(slug, board) + "/" + id + "#comments";
		return ownAction(redirect, back, back, "content.notice.commentDeleted",
				() -> community.deleteComment(id, comment, confirm, me));
	}

	/**
	 * A member's action on their own post or comment: done, to {@code done}; a bad input, back to
	 * {@code back} with the message; someone else's post or a missing one, the 403 or 404 page.
	 */
	private static String ownAction(RedirectAttributes redirect, String done, String back, String notice,
			Runnable action) {
		try {
			action.run();
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			Actions.refused(redirect, ex);
			return "redirect:" + back;
		}
		redirect.addFlashAttribute("notice", notice);
		return "redirect:" + done;
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
