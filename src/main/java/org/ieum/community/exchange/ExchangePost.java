package org.ieum.community.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An offer or a need an organization posts on a center's exchange board. It speaks in the
 * organization's name (kept as it was when posted), never its author's; the body is plain text
 * that pages print escaped. Staff hide it (after a confirmed report or on their own) and may
 * restore it.
 */
@Entity
@Table(name = "community_exchange_post")
public class ExchangePost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(name = "author_account_id", nullable = false)
	private long authorAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExchangeCategory category;

	@Column(nullable = false, length = 100)
	private String title;

	@Column(nullable = false, length = 4000)
	private String body;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	@Column(name = "hidden_at")
	private Instant hiddenAt;

	@Version
	private long version;

	protected ExchangePost() {
	}

	public ExchangePost(long centerId, long organizationId, String organizationName, long authorAccountId,
			ExchangeCategory category, String title, String body, Instant postedAt) {
		this.centerId = centerId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.authorAccountId = authorAccountId;
		this.category = category;
		this.title = title;
		this.body = body;
		this.postedAt = postedAt;
	}

	void hide(Instant at) {
		if (hiddenAt == null) {
			hiddenAt = at;
		}
	}

	void restore() {
		hiddenAt = null;
	}

	boolean hidden() {
		return hiddenAt != null;
	}

	boolean writtenBy(long accountId) {
		return authorAccountId == accountId;
	}

	public Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	long getAuthorAccountId() {
		return authorAccountId;
	}

	ExchangeCategory getCategory() {
		return category;
	}

	String getTitle() {
		return title;
	}

	String getBody() {
		return body;
	}

	Instant getPostedAt() {
		return postedAt;
	}

	Instant getHiddenAt() {
		return hiddenAt;
	}
}
