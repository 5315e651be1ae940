package org.ieum.content.board;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ieum.centers.CentersApi;
import org.ieum.content.board.BoardViews.BoardLink;
import org.ieum.content.board.BoardViews.NewsItem;
import org.ieum.shared.web.PortalPaths;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the layout what it shows of the boards on pages of other modules too: a portal's
 * boards under 알림마당 in its navigation, and on the network's root page the newest posts
 * of every center (새 소식).
 */
@ControllerAdvice
class PortalBoardsAdvice {

	private static final int NEWS = 8;

	private final PostPages pages;
	private final CentersApi centers;

	PortalBoardsAdvice(PostPages pages, CentersApi centers) {
		this.pages = pages;
		this.centers = centers;
	}

	@ModelAttribute
	void boards(HttpServletRequest request, Model model) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/")) {
			List<NewsItem> news = pages.networkNews(NEWS);
			model.addAttribute("networkNews", news);
			return;
		}
		PortalPaths.slugOf(request).ifPresent(slug -> centers.findBySlug(slug).ifPresent(center -> {
			List<BoardLink> menu = pages.menu(center.id(), slug);
			model.addAttribute("portalBoards", menu);
		}));
	}
}
