package org.ieum.content.board;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A post of a board. Its body is stored sanitized ({@link RichText}), so pages show it as it
 * is. A question of a 1:1 board is a post too: the asker, whether it is private, the answer.
 */
@Entity
@Table(name = "content_post")
@EntityListeners(BoardCounts.class)
public class Post {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "board_id", nullable = false)
	private long boardId;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false)
	private String title;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "body_text", nullable = false)
	private String bodyText;

	private String category;

	@Column(nullable = false)
	private boolean pinned;

	@Column(name = "publish_from", nullable = false)
	private Instant publishFrom;

	@Column(name = "publish_until")
	private Instant publishUntil;

	@Column(name = "author_account_id")
	private Long authorAccountId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "asker_account_id")
	private Long askerAccountId;

	@Column(name = "private_post", nullable = false)
	private boolean privatePost;

	@Column(name = "answer_html")
	private String answerHtml;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private Long answeredBy;

	@Column(name = "video_url")
	private String videoUrl;

	// never written from here: views are added by ViewCounter in their own statements
	@Column(name = "view_count", nullable = false, updatable = false)
	private long viewCount;

	@Column(nullable = false)
	private boolean hidden;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	private String origin;

	@Column(name = "origin_id")
	private String originId;

	@ElementCollection
	@CollectionTable(name = "content_post_target", joinColumns = @JoinColumn(name = "post_id"))
	private Set<PostTarget> targets = new HashSet<>();

	@Version
	private long version;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Post() {
	}

	/** A post staff (or a member, on a member board) write in a board. */
	public Post(Board board, PostContent content, Long authorAccountId, Instant now) {
		this.boardId = board.getId();
		this.centerId = board.getCenterId();
		this.authorAccountId = authorAccountId;
		this.createdAt = now;
		revise(content, now);
	}

	/** A question asked in a 1:1 board, published at once; private unless the asker chose otherwise. */
	public static Post question(Board board, String title, RichText.Body body, long askerAccountId, boolean privatePost,
			String askerShownAs, Instant now) {
		Post post = new Post(board, new PostContent(title, body, null, false, now, null, askerShownAs, null),
				askerAccountId, now);
		post.askerAccountId = askerAccountId;
		post.privatePost = privatePost;
		return post;
	}

	/**
	 * A post brought from another site (a Gnuboard5 board): it keeps its date and view count,
	 * stays private where it was secret there (only the center's staff read it), and records
	 * where it came from so that a second import skips it.
	 */
	public static Post imported(Board board, PostContent content, boolean privatePost, long views, String origin,
			String originId) {
		Post post = new Post(board, content, null, content.publishFrom());
		post.privatePost = privatePost;
		post.viewCount = views;
		post.origin = origin;
		post.originId = originId;
		return post;
	}

	public void revise(PostContent content, Instant now) {
		this.title = content.title();
		this.bodyHtml = content.body().html();
		this.bodyText = content.body().text();
		this.category = content.category();
		this.pinned = content.pinned();
		this.publishFrom = content.publishFrom();
		this.publishUntil = content.publishUntil();
		this.authorName = content.authorName();
		this.videoUrl = content.videoUrl();
		this.updatedAt = now;
	}

	/** Also shows the post on the portals of these centers, in their board of the given kind. */
	public void shareWith(Collection<Long> centerIds, BoardKind kind) {
		targets.clear();
		centerIds.forEach(id -> targets.add(new PostTarget(id, kind)));
	}

	/** The center's answer to a question; a later answer replaces the earlier one. */
	public void answer(RichText.Body answer, long staffAccountId, Instant now) {
		this.answerHtml = answer.html();
		this.answeredAt = now;
		this.answeredBy = staffAccountId;
	}

	/** The author deleted their account: the post stays without the link to them and without their name. */
	public void forgetAuthor(String anonymous) {
		this.authorAccountId = null;
		if (this.authorName != null) {
			this.authorName = anonymous;
		}
	}

	/** Staff take a member's post out of sight (it stays on record) or put it back. */
	public void hide() {
		this.hidden = true;
	}

	/** Puts a hidden post back; a post its writer deleted stays out of sight. */
	public void restore() {
		if (deletedAt == null) {
			this.hidden = false;
		}
	}

	/** Whether this account wrote the post (or asked the question). */
	public boolean isWrittenBy(long accountId) {
		return authorAccountId != null && authorAccountId == accountId;
	}

	/** The writer changes the title and text of their own post; the rest stays as it was. */
	public void reviseText(String title, RichText.Body body, Instant now) {
		this.title = title;
		this.bodyHtml = body.html();
		this.bodyText = body.text();
		this.updatedAt = now;
	}

	/**
	 * The writer deletes their post (or withdraws their question): it leaves every list, page, feed
	 * and search at once, and stays on record for staff.
	 */
	public void deleteByWriter(Instant now) {
		this.deletedAt = now;
		this.hidden = true;
		this.updatedAt = now;
	}

	public boolean isDeleted() {
		return deletedAt != null;
	}

	public boolean isPublishedAt(Instant now) {
		return !hidden && !publishFrom.isAfter(now) && (publishUntil == null || publishUntil.isAfter(now));
	}

	/**
	 * A private question is for its asker and the center's staff only; everything else anyone
	 * may read.
	 */
	public boolean readableBy(Long accountId, boolean staffOfCenter) {
		return !privatePost || staffOfCenter || (accountId != null && accountId.equals(askerAccountId));
	}

	public boolean sharedWith(long centerId, BoardKind kind) {
		return targets.contains(new PostTarget(centerId, kind));
	}

	public Long getId() {
		return id;
	}

	public long getBoardId() {
		return boardId;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getTitle() {
		return title;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public String getBodyText() {
		return bodyText;
	}

	public String getCategory() {
		return category;
	}

	public boolean isPinned() {
		return pinned;
	}

	public Instant getPublishFrom() {
		return publishFrom;
	}

	public Instant getPublishUntil() {
		return publishUntil;
	}

	public Long getAuthorAccountId() {
		return authorAccountId;
	}

	public String getAuthorName() {
		return authorName;
	}

	public Long getAskerAccountId() {
		return askerAccountId;
	}

	public boolean isPrivatePost() {
		return privatePost;
	}

	public String getAnswerHtml() {
		return answerHtml;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

	public String getVideoUrl() {
		return videoUrl;
	}

	public long getViewCount() {
		return viewCount;
	}

	public boolean isHidden() {
		return hidden;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getOrigin() {
		return origin;
	}

	public String getOriginId() {
		return originId;
	}

	public Set<Long> getTargetCenterIds() {
		Set<Long> ids = new HashSet<>();
		targets.forEach(t -> ids.add(t.getCenterId()));
		return ids;
	}
}
