package org.ieum.content.community;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member's comment on a post of a member board; staff may hide it (it stays on record). */
@Entity
@Table(name = "content_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	@Column(nullable = false)
	private String body;

	@Column(nullable = false)
	private boolean hidden;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Comment() {
	}

	Comment(long postId, long accountId, String authorName, String body, Instant now) {
		this.postId = postId;
		this.accountId = accountId;
		this.authorName = authorName;
		this.body = body;
		this.createdAt = now;
	}

	/** The writer deleted their account: the comment stays, anonymous. */
	void forgetAuthor(String anonymous) {
		this.accountId = 0;
		this.authorName = anonymous;
	}

	void hide() {
		this.hidden = true;
	}

	void restore() {
		this.hidden = false;
	}

	/** The writer changes their comment. */
	void revise(String text) {
		this.body = text;
	}

	/** The writer deleted it, or the post it belongs to: it is shown to nobody any more. */
	void delete(Instant now) {
		if (deletedAt == null) {
			this.deletedAt = now;
		}
	}

	boolean isDeleted() {
		return deletedAt != null;
	}

	Long getId() {
		return id;
	}

	long getPostId() {
		return postId;
	}

	long getAccountId() {
		return accountId;
	}

	String getAuthorName() {
		return authorName;
	}

	String getBody() {
		return body;
	}

	boolean isHidden() {
		return hidden;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
