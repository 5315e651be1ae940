package org.ieum.community.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A comment on an exchange post, in an organization's name; plain text. Staff may delete it. */
@Entity
@Table(name = "community_exchange_comment")
public class ExchangeComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(name = "author_account_id", nullable = false)
	private long authorAccountId;

	@Column(nullable = false, length = 2000)
	private String body;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	protected ExchangeComment() {
	}

	public ExchangeComment(long postId, long organizationId, String organizationName, long authorAccountId, String body,
			Instant postedAt) {
		this.postId = postId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.authorAccountId = authorAccountId;
		this.body = body;
		this.postedAt = postedAt;
	}

	Long getId() {
		return id;
	}

	long getPostId() {
		return postId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	String getBody() {
		return body;
	}

	Instant getPostedAt() {
		return postedAt;
	}
}
