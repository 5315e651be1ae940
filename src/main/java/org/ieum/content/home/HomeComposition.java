package org.ieum.content.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

import org.ieum.content.board.RichText;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff compose their center's home page: banner slides (a picture with a required alternative
 * text, a link and the days it is shown), popup notices (always with a last day, the body
 * cleaned like a post's) and quick links. Only the center's staff (and system administrators)
 * change a center's home; a refused change changes nothing.
 */
@Service
@Transactional
public class HomeComposition {

	private static final int MAX_ALT = 200;
	private static final int MAX_LABEL = 60;
	private static final int MAX_TITLE = 200;
	private static final int MAX_URL = 500;
	private static final int MAX_BODY = 20_000;

	private final HomeBannerRepository banners;
	private final HomePopupRepository popups;
	private final QuickLinkRepository links;
	private final BannerImages images;
	private final Clock clock;

	HomeComposition(HomeBannerRepository banners, HomePopupRepository popups, QuickLinkRepository links,
			BannerImages images, Clock clock) {
		this.banners = banners;
		this.popups = popups;
		this.links = links;
		this.images = images;
		this.clock = clock;
	}

	/** A new slide at the end. The alternative text is required: a screen reader reads it instead of the picture. */
	public HomeBanner addBanner(long centerId, String altText, String linkUrl, LocalDate showFrom, LocalDate showUntil,
			byte[] image) {
		Authorities.requireCenterStaff(centerId);
		String alt = clean(altText);
		if (alt.isEmpty()) {
			throw new Refusal("home.error.altRequired");
		}
		if (alt.length() > MAX_ALT) {
			throw new Refusal("home.error.altTooLong", MAX_ALT);
		}
		LocalDate from = showFrom == null ? Seoul.today(clock) : showFrom;
		if (showUntil != null && showUntil.isBefore(from)) {
			throw new Refusal("home.error.periodOrder");
		}
		String link = link(linkUrl, false);
		if (image == null || image.length == 0) {
			throw new Refusal("home.error.imageMissing");
		}
		BannerImages.Stored stored = images.store(image);
		int position = banners.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.mapToInt(HomeBanner::getPosition).max().orElse(0) + 1;
		return banners.save(new HomeBanner(centerId, stored.file(), stored.type(),
				new BannerDraft(alt, link, from, showUntil), position, clock.instant()));
	}

	public void removeBanner(long bannerId) {
		HomeBanner banner = banners.findById(bannerId).orElseThrow(() -> Refusal.notFound("home.error.noBanner"));
		Authorities.requireCenterStaff(banner.getCenterId());
		banners.delete(banner);
		images.deleteAfterCommit(banner.getImageFile());
	}

	/** Moves a slide one place earlier ({@code -1}) or later ({@code 1}). */
	public void moveBanner(long bannerId, int step) {
		HomeBanner banner = banners.findById(bannerId).orElseThrow(() -> Refusal.notFound("home.error.noBanner"));
		Authorities.requireCenterStaff(banner.getCenterId());
		List<HomeBanner> order = new ArrayList<>(banners.findByCenterIdOrderByPositionAscIdAsc(banner.getCenterId()));
		swap(order, order.indexOf(banner), step, i -> order.get(i).moveTo(i + 1));
	}

	/**
	 * A popup notice. Its last day is required and may not come before its first (or lie in the
	 * past): a popup nobody remembers to take down keeps covering the home page.
	 */
	public HomePopup addPopup(long centerId, String title, String body, LocalDate showFrom, LocalDate showUntil) {
		Authorities.requireCenterStaff(centerId);
		String cleanTitle = clean(title);
		if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE) {
			throw new Refusal("home.error.popupTitle", MAX_TITLE);
		}
		if (showUntil == null) {
			throw new Refusal("home.error.popupUntilRequired");
		}
		LocalDate from = showFrom == null ? Seoul.today(clock) : showFrom;
		if (showUntil.isBefore(from)) {
			throw new Refusal("home.error.periodOrder");
		}
		if (showUntil.isBefore(Seoul.today(clock))) {
			throw new Refusal("home.error.popupPast");
		}
		RichText.Body html = RichText.of(body);
		if (html.isEmpty()) {
			throw new Refusal("home.error.popupBody");
		}
		if (html.html().length() > MAX_BODY) {
			throw new Refusal("home.error.popupTooLong");
		}
		return popups.save(new HomePopup(centerId, cleanTitle, html.html(), from, showUntil, clock.instant()));
	}

	public void removePopup(long popupId) {
		HomePopup popup = popups.findById(popupId).orElseThrow(() -> Refusal.notFound("home.error.noPopup"));
		Authorities.requireCenterStaff(popup.getCenterId());
		popups.delete(popup);
	}

	/** A quick link at the end: a label and an address on this site ({@code /...}) or on the web (http, https). */
	public QuickLink addLink(long centerId, String label, String url) {
		Authorities.requireCenterStaff(centerId);
		String cleanLabel = clean(label);
		if (cleanLabel.isEmpty() || cleanLabel.length() > MAX_LABEL) {
			throw new Refusal("home.error.linkLabel", MAX_LABEL);
		}
		String link = link(url, true);
		int position = links.findByCenterIdOrderByPositionAscIdAsc(centerId).stream()
			.mapToInt(QuickLink::getPosition).max().orElse(0) + 1;
		return links.save(new QuickLink(centerId, cleanLabel, link, position));
	}

	public void removeLink(long linkId) {
		QuickLink link = links.findById(linkId).orElseThrow(() -> Refusal.notFound("home.error.noLink"));
		Authorities.requireCenterStaff(link.getCenterId());
		links.delete(link);
	}

	public void moveLink(long linkId, int step) {
		QuickLink link = links.findById(linkId).orElseThrow(() -> Refusal.notFound("home.error.noLink"));
		Authorities.requireCenterStaff(link.getCenterId());
		List<QuickLink> order = new ArrayList<>(links.findByCenterIdOrderByPositionAscIdAsc(link.getCenterId()));
		swap(order, order.indexOf(link), step, i -> order.get(i).moveTo(i + 1));
	}

	private static <T> void swap(List<T> order, int at, int step, IntConsumer renumber) {
		int to = at + Integer.signum(step);
		if (at < 0 || to < 0 || to >= order.size()) {
			return;
		}
		T moved = order.get(at);
		order.set(at, order.get(to));
		order.set(to, moved);
		for (int i = 0; i < order.size(); i++) {
			renumber.accept(i);
		}
	}

	/**
	 * An address on this site (one leading slash) or an http(s) address; nothing else, so no
	 * {@code javascript:} or {@code data:} link reaches a visitor.
	 */
	static String link(String url, boolean required) {
		String clean = clean(url);
		if (clean.isEmpty()) {
			if (required) {
				throw new Refusal("home.error.linkRequired");
			}
			return null;
		}
		String lower = clean.toLowerCase(Locale.ROOT);
		boolean local = clean.startsWith("/") && !clean.startsWith("//") && !clean.contains("\\");
		boolean web = (lower.startsWith("https://") || lower.startsWith("http://")) && clean.length() > 8
				&& !clean.contains(" ");
		if (!(local || web) || clean.length() > MAX_URL) {
			throw new Refusal("home.error.linkUrl");
		}
		return clean;
	}

	private static String clean(String text) {
		return text == null ? "" : text.strip();
	}
}
