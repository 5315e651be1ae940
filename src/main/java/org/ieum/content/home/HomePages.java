package org.ieum.content.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff's home composition page and the banner pictures read. */
@Service
@Transactional(readOnly = true)
class HomePages {

	record Image(String type, byte[] bytes) {
	}

	private final HomeBannerRepository banners;
	private final HomePopupRepository popups;
	private final QuickLinkRepository links;
	private final BannerImages images;
	private final CentersApi centers;
	private final Clock clock;

	HomePages(HomeBannerRepository banners, HomePopupRepository popups, QuickLinkRepository links, BannerImages images,
			CentersApi centers, Clock clock) {
		this.banners = banners;
		this.popups = popups;
		this.links = links;
		this.images = images;
		this.centers = centers;
		this.clock = clock;
	}

	Optional<Image> image(long bannerId) {
		return banners.findById(bannerId)
			.flatMap(b -> images.read(b.getImageFile()).map(bytes -> new Image(b.getImageType(), bytes)));
	}

	HomeViews.Composition composition(long centerId) {
		Authorities.requireCenterStaff(centerId);
		CenterSummary center = centers.findById(centerId).orElseThrow(() -> Refusal.notFound("home.error.noCenter"));
		LocalDate today = Seoul.today(clock);
		List<HomeViews.BannerLine> slides = banners.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.map(b -> new HomeViews.BannerLine(b.getId(), BannerController.path(b.getId()), b.getAltText(), b.getLinkUrl(),
					b.getShowFrom(), b.getShowUntil(), state(b.getShowFrom(), b.getShowUntil(), today)))
			.toList();
		List<HomeViews.PopupLine> notices = popups.findByCenterIdOrderByShowFromDescIdDesc(centerId).stream()
			.map(p -> new HomeViews.PopupLine(p.getId(), p.getTitle(), p.getBodyHtml(), p.getShowFrom(), p.getShowUntil(),
					state(p.getShowFrom(), p.getShowUntil(), today)))
			.toList();
		List<HomeViews.LinkLine> quick = links.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.map(l -> new HomeViews.LinkLine(l.getId(), l.getLabel(), l.getUrl()))
			.toList();
		return new HomeViews.Composition(centerId, center.name(), center.slug(), slides, notices, quick);
	}

	private static String state(LocalDate from, LocalDate until, LocalDate today) {
		if (today.isBefore(from)) {
			return "scheduled";
		}
		return until != null && today.isAfter(until) ? "ended" : "shown";
	}
}
