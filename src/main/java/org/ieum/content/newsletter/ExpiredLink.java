package org.ieum.content.newsletter;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The hash of a deleted pending subscription's link, so that link still says "expired" (no address kept). */
@Entity
@Table(name = "content_newsletter_expired_link")
class ExpiredLink {

	@Id
	@Column(name = "confirm_hash", length = 64)
	private String confirmHash;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "expired_at", nullable = false)
	private Instant expiredAt;

	protected ExpiredLink() {
	}

	ExpiredLink(String confirmHash, long centerId, Instant expiredAt) {
		this.confirmHash = confirmHash;
		this.centerId = centerId;
		this.expiredAt = expiredAt;
	}

	long getCenterId() {
		return centerId;
	}
}
