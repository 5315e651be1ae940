package org.ieum.market.needs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** That a matching organization was told about a need: one row per need and organization (a unique key). */
@Entity
@Table(name = "market_need_notice")
class NeedNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "need_id", nullable = false)
	private long needId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "notified_at", nullable = false)
	private Instant notifiedAt;

	protected NeedNotice() {
	}

	NeedNotice(long needId, long organizationId, Instant now) {
		this.needId = needId;
		this.organizationId = organizationId;
		this.notifiedAt = now;
	}

	long getNeedId() {
		return needId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	Instant getNotifiedAt() {
		return notifiedAt;
	}
}
