package org.ieum.content.qna;

import org.ieum.content.board.Post;
import org.ieum.content.board.PostPages;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Asking a center a question (signed in), changing or withdrawing it until it is answered, and staff
 * answering it from the question's page.
 */
@Controller
class QnaController {

	private final Questions questions;
	private final PostPages pages;

	QnaController(Questions questions, PostPages pages) {
		this.questions = questions;
		this.pages = pages;
	}

	@GetMapping({ "/c/{slug}/boards/{board}/ask", "/boards/{board}/ask" })
	String askForm(@PathVariable(required = false) String slug, @PathVariable String board, CurrentUser me,
			Model model) {
		model.addAttribute("board", pages.boardView(questions.board(slug, board), slug));
		model.addAttribute("privatePost", true);
		return "content/ask";
	}

	@PostMapping({ "/c/{slug}/boards/{board}/ask", "/boards/{board}/ask" })
	String ask(@PathVariable(required = false) String slug, @PathVariable String board,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			@RequestParam(defaultValue = "false") boolean privatePost, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		try {
			Post post = questions.ask(slug, board, title, body, privatePost, me);
			redirect.addFlashAttribute("notice", "content.notice.asked");
			return "redirect:" + PostPages.boardPath(slug, board) + "/" + post.getId();
		}
		catch (Refusal ex) {
			model.addAttribute("board", pages.boardView(questions.board(slug, board), slug));
			Actions.error(model.asMap(), ex);
			model.addAttribute("title", title);
			model.addAttribute("body", body);
			model.addAttribute("privatePost", privatePost);
			return "content/ask";
		}
	}

	@GetMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/question", "/boards/{board}/{id:[0-9]{1,18}}/question" })
	String reviseForm(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			CurrentUser me, Model model) {
		Post post = questions.ownQuestion(slug, board, id, me);
		return revisePage(slug, board, id, post.getTitle(), post.getBodyText(), null, model);
	}

	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/question", "/boards/{board}/{id:[0-9]{1,18}}/question" })
	String revise(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body, CurrentUser me,
			Model model, RedirectAttributes redirect) {
		try {
			questions.revise(slug, board, id, title, body, me);
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			return revisePage(slug, board, id, title, body, ex, model);
		}
		redirect.addFlashAttribute("notice", "content.notice.questionEdited");
		return "redirect:" + PostPages.boardPath(slug, board) + "/" + id;
	}

	private String revisePage(String slug, String board, long id, String title, String body, Refusal refusal,
			Model model) {
		model.addAttribute("board", pages.boardView(questions.board(slug, board), slug));
		model.addAttribute("formAction", PostPages.boardPath(slug, board) + "/" + id + "/question");
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		if (refusal != null) {
			Actions.error(model.asMap(), refusal);
		}
		return "content/ask";
	}

	/** The asker withdraws an unanswered question; someone else's is a 403 page. */
	@PostMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/withdraw", "/boards/{board}/{id:[0-9]{1,18}}/withdraw" })
	String withdraw(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean confirm, CurrentUser me, RedirectAttributes redirect) {
		String list = PostPages.boardPath(slug, board);
		try {
			questions.withdraw(slug, board, id, confirm, me);
		}
		catch (Refusal ex) {
			if (ex.status() != HttpStatus.BAD_REQUEST) {
				throw ex;
			}
			Actions.refused(redirect, ex);
			return "redirect:" + list + "/" + id;
		}
		redirect.addFlashAttribute("notice", "content.notice.withdrawn");
		return "redirect:" + list;
	}

	@PostMapping("/admin/content/posts/{id}/answer")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "") String answer,
			@RequestParam(defaultValue = "false") boolean notifyAgain, @RequestParam(defaultValue = "") String back,
			CurrentUser me, RedirectAttributes redirect) {
		try {
			questions.answer(id, answer, notifyAgain, me);
			redirect.addFlashAttribute("notice", "content.notice.answered");
		}
		catch (Refusal ex) {
			Actions.refused(redirect, ex);
		}
		return "redirect:" + (back.startsWith("/c/") || back.startsWith("/boards/") ? back : "/admin/content/posts/" + id);
	}
}
