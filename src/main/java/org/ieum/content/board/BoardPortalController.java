package org.ieum.content.board;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.BoardViews.BoardLink;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The boards visitors read: 알림마당 (every board of a portal with its newest posts), a
 * board's list, a post and its print view; the network's own boards at {@code /boards/...}.
 */
@Controller
class BoardPortalController {

	private final PostPages pages;
	private final CentersApi centers;

	BoardPortalController(PostPages pages, CentersApi centers) {
		this.pages = pages;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/boards")
	String index(@PathVariable String slug, @Nullable CurrentUser me, Model model) {
		CenterSummary center = centers.findBySlug(slug).orElseThrow(() -> Refusal.notFound("content.error.noBoard"));
		List<BoardLink> menu = pages.menu(center.id(), slug);
		model.addAttribute("sections", menu.stream().map(link -> {
			Board board = pages.board(slug, link.slug());
			return new BoardSection(pages.boardView(board, slug), pages.newest(board, slug, me, 5));
		}).toList());
		return "content/index";
	}

	@GetMapping({ "/c/{slug}/boards/{board}", "/boards/{board}" })
	String list(@PathVariable(required = false) String slug, @PathVariable String board,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "0") String page, @Nullable CurrentUser me, Model model) {
		model.addAttribute("page", pages.list(slug, board, q, category, page, me));
		return "content/list";
	}

	@GetMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}", "/boards/{board}/{id:[0-9]{1,18}}" })
	String post(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@Nullable CurrentUser me, Model model) {
		model.addAttribute("page", pages.post(slug, board, id, me));
		return "content/post";
	}

	@GetMapping({ "/c/{slug}/boards/{board}/{id:[0-9]{1,18}}/print", "/boards/{board}/{id:[0-9]{1,18}}/print" })
	String print(@PathVariable(required = false) String slug, @PathVariable String board, @PathVariable long id,
			@Nullable CurrentUser me, Model model) {
		model.addAttribute("page", pages.post(slug, board, id, me));
		return "content/print";
	}

	record BoardSection(BoardViews.BoardView board, List<BoardViews.PostRow> posts) {
	}
}
