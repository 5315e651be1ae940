package org.ieum.content.home;

import java.time.LocalDate;
import java.util.List;

/** What the home page and the staff's home composition page show, without entities. */
public final class HomeViews {

	private HomeViews() {
	}

	/** The banner slides shown today; {@code href} may be {@code null} (a picture without a link). */
	public record Banners(List<Slide> slides) {
	}

	public record Slide(long id, String src, String alt, String href, boolean external) {
	}

	/** Today's popup notice; {@code key} names it in the visitor's browser for "오늘 하루 보지 않기". */
	public record Popup(long id, String key, String title, String bodyHtml, LocalDate until) {
	}

	public record Links(List<Link> links) {
	}

	public record Link(String label, String href, boolean external) {
	}

	/** The newest posts of one board for a card of the home page. */
	public record Posts(String key, String heading, String moreHref, List<PostItem> items) {
	}

	public record PostItem(String title, String href, LocalDate date, boolean fresh, String from) {
	}

	/** A slide, popup or link as staff manage it; {@code state} is shown, scheduled or ended. */
	public record BannerLine(long id, String src, String alt, String href, LocalDate from, LocalDate until, String state) {
	}

	public record PopupLine(long id, String title, String bodyHtml, LocalDate from, LocalDate until, String state) {
	}

	public record LinkLine(long id, String label, String href) {
	}

	public record Composition(long centerId, String centerName, String centerSlug, List<BannerLine> banners,
			List<PopupLine> popups, List<LinkLine> links) {
	}
}
