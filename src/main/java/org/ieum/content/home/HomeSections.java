package org.ieum.content.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardViews;
import org.ieum.content.board.PostPages;
import org.ieum.shared.PortalHomeSection;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The website's parts of a center's home page: today's banner slides and popup notice and the
 * quick links at the top; the newest notices and press releases as cards.
 */
@Component
@Transactional(readOnly = true)
class HomeSections implements PortalHomeSection {

	private static final String TEMPLATE = "content/home/";
	private static final int POSTS = 5;
	/** A post this many days old or newer is marked new. */
	private static final int FRESH_DAYS = 3;

	private final HomeBannerRepository banners;
	private final HomePopupRepository popups;
	private final QuickLinkRepository links;
	private final PostPages posts;
	private final Clock clock;

	HomeSections(HomeBannerRepository banners, HomePopupRepository popups, QuickLinkRepository links, PostPages posts,
			Clock clock) {
		this.banners = banners;
		this.popups = popups;
		this.links = links;
		this.posts = posts;
		this.clock = clock;
	}

	@Override
	public List<Part> partsFor(long centerId, String centerSlug) {
		LocalDate today = Seoul.today(clock);
		List<Part> parts = new ArrayList<>();
		popupOn(centerId, today).ifPresent(p -> parts.add(new Part(Place.TOP, 0, TEMPLATE + "popup", p)));
		List<HomeViews.Slide> slides = slidesOn(centerId, today);
		if (!slides.isEmpty()) {
			parts.add(new Part(Place.TOP, 10, TEMPLATE + "banners", new HomeViews.Banners(slides)));
		}
		List<HomeViews.Link> quick = links.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.map(l -> new HomeViews.Link(l.getLabel(), l.getUrl(), !l.getUrl().startsWith("/")))
			.toList();
		if (!quick.isEmpty()) {
			parts.add(new Part(Place.TOP, 20, TEMPLATE + "links", new HomeViews.Links(quick)));
		}
		newest(centerId, centerSlug, BoardKind.NOTICE, today).ifPresent(p -> parts.add(new Part(Place.CARDS, 10, TEMPLATE + "posts", p)));
		newest(centerId, centerSlug, BoardKind.PRESS, today).ifPresent(p -> parts.add(new Part(Place.CARDS, 20, TEMPLATE + "posts", p)));
		return parts;
	}

	List<HomeViews.Slide> slidesOn(long centerId, LocalDate today) {
		return banners.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.filter(b -> b.shownOn(today))
			.map(b -> new HomeViews.Slide(b.getId(), BannerController.path(b.getId()), b.getAltText(), b.getLinkUrl(),
					b.getLinkUrl() != null && !b.getLinkUrl().startsWith("/")))
			.toList();
	}

	/** The newest popup shown today. */
	Optional<HomeViews.Popup> popupOn(long centerId, LocalDate today) {
		return popups.findByCenterIdOrderByShowFromDescIdDesc(centerId).stream()
			.filter(p -> p.shownOn(today))
			.findFirst()
			.map(p -> new HomeViews.Popup(p.getId(), "ieum-popup-" + p.getId(), p.getTitle(), p.getBodyHtml(),
					p.getShowUntil()));
	}

	private Optional<HomeViews.Posts> newest(long centerId, String slug, BoardKind kind, LocalDate today) {
		return posts.menu(centerId, slug).stream().filter(b -> b.kind() == kind).findFirst().map(link -> {
			List<HomeViews.PostItem> items = posts.newest(posts.board(slug, link.slug()), slug, null, POSTS).stream()
				.map(row -> item(row, today))
				.toList();
			return new HomeViews.Posts(kind.name().toLowerCase(), link.name(), link.href(), items);
		});
	}

	private static HomeViews.PostItem item(BoardViews.PostRow row, LocalDate today) {
		return new HomeViews.PostItem(row.title(), row.href(), row.date(),
				row.date() != null && !row.date().isBefore(today.minusDays(FRESH_DAYS)), row.from());
	}
}
