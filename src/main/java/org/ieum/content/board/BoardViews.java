package org.ieum.content.board;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Page;

/** What the public board pages show; templates never see an entity. */
public final class BoardViews {

	private BoardViews() {
	}

	/** A board as a link: the menu, the board index, the staff list. */
	public record BoardLink(long id, String slug, BoardKind kind, String name, String href, boolean enabled) {
	}

	public record BoardView(long id, String slug, BoardKind kind, String name, String description,
			List<String> categories, String href, String feedHref, String ownerName) {

		public boolean questions() {
			return kind == BoardKind.QNA;
		}

		public boolean membersWrite() {
			return kind == BoardKind.FREE;
		}
	}

	/**
	 * A line of a board's list.
	 *
	 * @param from the center above that shared the post into this board, or {@code null}
	 * @param image the first picture, for galleries
	 * @param html the whole body, for FAQ boards whose list shows each answer; otherwise {@code null}
	 */
	public record PostRow(long id, String title, String href, String category, boolean pinned, LocalDate date,
			long views, String from, boolean attachments, boolean privatePost, boolean answered, String image,
			String html) {
	}

	public record BoardPage(BoardView board, Page<PostRow> posts, String query, String category) {
	}

	public record AttachmentView(long id, String name, String href, long sizeKb, boolean image) {
	}

	public record Neighbour(String title, String href) {
	}

	/**
	 * One post as its page shows it.
	 *
	 * @param author the center's name, or a person's where staff chose to show it
	 * @param from the center above that shared it, when read on a portal below
	 */
	public record PostView(long id, String title, String bodyHtml, String category, LocalDate date, LocalDate updated,
			long views, String author, String from, List<AttachmentView> attachments, String videoUrl,
			String answerHtml, LocalDate answered, boolean privatePost, String href, String shareUrl,
			Neighbour previous, Neighbour next) {

		public List<AttachmentView> images() {
			return attachments.stream().filter(AttachmentView::image).toList();
		}

		public List<AttachmentView> files() {
			return attachments.stream().filter(a -> !a.image()).toList();
		}
	}

	/** A part of a post page another feature adds (the Q&A answer form, comments). */
	public record Section(String template, Object data) {
	}

	public record PostPage(BoardView board, PostView post, List<Section> sections) {
	}

	/** A post in the network's 새 소식 block. */
	public record NewsItem(String title, String href, String centerName, LocalDate date, String boardName) {
	}

	/** A file to send: its name, type and bytes. */
	public record Download(String name, String type, byte[] bytes, boolean image) {
	}

	/** An entry of a board's feed. */
	public record FeedEntry(long id, String title, String href, String summary, Instant published, Instant updated) {
	}

	public record Feed(BoardView board, List<FeedEntry> entries) {
	}

	/** An address for search engines, with when it last changed where known. */
	public record SitemapUrl(String path, Instant modified) {
	}
}
