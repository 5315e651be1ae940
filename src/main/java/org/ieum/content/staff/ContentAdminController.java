package org.ieum.content.staff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.ContentCenters;
import org.ieum.content.board.Post;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Actions;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of the website boards: the boards of a center, a board's settings and posts, writing a post. */
@Controller
@RequestMapping("/admin/content")
class ContentAdminController {

	private final Boards boards;
	private final Posts posts;
	private final StaffPages pages;
	private final CentersApi centers;

	ContentAdminController(Boards boards, Posts posts, StaffPages pages, CentersApi centers) {
		this.boards = boards;
		this.posts = posts;
		this.pages = pages;
		this.centers = centers;
	}

	@GetMapping
	String boards(@RequestParam(required = false) Long center, CurrentUser me, Model model) {
		long centerId = ContentCenters.choose(centers, center, me, model);
		model.addAttribute("boards", pages.boardsOf(centerId));
		model.addAttribute("kinds", BoardKind.values());
		return "content/admin/boards";
	}

	@PostMapping("/boards")
	String createBoard(@RequestParam long center, @RequestParam(required = false) BoardKind kind,
			@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String slug,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String categories,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content?center=" + center, "content.notice.boardCreated",
				() -> boards.create(center, kind, name, slug, description, categories));
	}

	@GetMapping("/boards/{id}")
	String board(@PathVariable long id, Model model) {
		model.addAttribute("board", pages.settings(id));
		return "content/admin/board";
	}

	@PostMapping("/boards/{id}")
	String describe(@PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String categories,
			RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/boards/" + id, "content.notice.saved",
				() -> boards.describe(id, name, description, categories));
	}

	@PostMapping("/boards/{id}/{change:on|off|up|down}")
	String change(@PathVariable long id, @PathVariable String change, RedirectAttributes redirect) {
		long center = boards.toManage(id).getCenterId();
		return Actions.run(redirect, "/admin/content?center=" + center, "content.notice.saved", () -> {
			switch (change) {
				case "on" -> boards.switchOn(id);
				case "off" -> boards.switchOff(id);
				case "up" -> boards.move(id, -1);
				default -> boards.move(id, 1);
			}
		});
	}

	@GetMapping("/boards/{id}/posts/new")
	String newPost(@PathVariable long id, Model model) {
		model.addAttribute("postForm", pages.blankForm());
		return postPage(id, null, model);
	}

	@PostMapping("/boards/{id}/posts/new")
	String write(@PathVariable long id, @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				Post post = posts.write(id, form.toDraft(), uploads(files), me);
				redirect.addFlashAttribute("notice", "content.notice.posted");
				return "redirect:/admin/content/posts/" + post.getId();
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return postPage(id, null, model);
	}

	@GetMapping("/posts/{id}")
	String editPost(@PathVariable long id, Model model) {
		model.addAttribute("postForm", pages.formOf(id));
		return postPage(pages.edit(id).boardId(), id, model);
	}

	@PostMapping("/posts/{id}")
	String revise(@PathVariable long id, @ModelAttribute("postForm") PostForm form, BindingResult errors,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, CurrentUser me, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				posts.revise(id, form.toDraft(), uploads(files), form.getRemove() == null ? List.of() : form.getRemove(), me);
				redirect.addFlashAttribute("notice", "content.notice.saved");
				return "redirect:/admin/content/posts/" + id;
			}
			catch (Refusal ex) {
				errors.reject(ex.messageKey(), ex.args(), null);
			}
		}
		return postPage(pages.edit(id).boardId(), id, model);
	}

	@PostMapping("/posts/{id}/delete")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		long board = pages.edit(id).boardId();
		return Actions.run(redirect, "/admin/content/boards/" + board, "content.notice.deleted", () -> posts.delete(id));
	}

	@PostMapping("/posts/{id}/{change:hide|restore}")
	String hide(@PathVariable long id, @PathVariable String change, RedirectAttributes redirect) {
		return Actions.run(redirect, "/admin/content/posts/" + id,
				change.equals("hide") ? "content.notice.hidden" : "content.notice.restored",
				() -> posts.hide(id, change.equals("hide")));
	}

	private String postPage(long boardId, Long postId, Model model) {
		model.addAttribute("board", pages.settings(boardId));
		model.addAttribute("post", postId == null ? null : pages.edit(postId));
		return "content/admin/post";
	}

	private static List<Upload> uploads(List<MultipartFile> files) {
		List<Upload> uploads = new ArrayList<>();
		if (files == null) {
			return uploads;
		}
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
				continue;
			}
			try {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return uploads;
	}
}
