package org.ieum.community.groups;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A post on a group's own board. The body is plain text, never HTML: the page prints it escaped
 * and keeps its line breaks, so no markup a member types can run in another member's browser.
 */
@Entity
@Table(name = "community_group_post")
public class GroupPost {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "group_id", nullable = false)
	private long groupId;

	@Column(name = "author_account_id", nullable = false)
	private long authorAccountId;

	@Column(nullable = false, length = 4000)
	private String body;

	@Column(name = "posted_at", nullable = false)
	private Instant postedAt;

	protected GroupPost() {
	}

	public GroupPost(long groupId, long authorAccountId, String body, Instant postedAt) {
		this.groupId = groupId;
		this.authorAccountId = authorAccountId;
		this.body = body;
		this.postedAt = postedAt;
	}

	Long getId() {
		return id;
	}

	long getAuthorAccountId() {
		return authorAccountId;
	}

	String getBody() {
		return body;
	}

	Instant getPostedAt() {
		return postedAt;
	}
}
