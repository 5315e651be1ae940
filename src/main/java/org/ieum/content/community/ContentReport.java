package org.ieum.content.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's report of a post or a comment, for the center's staff to look at. */
@Entity
@Table(name = "content_report")
class ContentReport {

	/** The comment id of a report about the post itself. */
	static final long POST_ITSELF = 0L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "comment_id", nullable = false)
	private long commentId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String reason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean resolved;

	protected ContentReport() {
	}

	ContentReport(long postId, long commentId, long accountId, String reason, Instant now) {
		this.postId = postId;
		this.commentId = commentId;
		this.accountId = accountId;
		this.reason = reason;
		this.createdAt = now;
	}

	void resolve() {
		this.resolved = true;
	}

	Long getId() {
		return id;
	}

	long getPostId() {
		return postId;
	}

	long getCommentId() {
		return commentId;
	}

	String getReason() {
		return reason;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	boolean isResolved() {
		return resolved;
	}
}
