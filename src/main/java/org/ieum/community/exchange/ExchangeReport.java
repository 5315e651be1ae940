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

/** One person's report of an exchange post (once per person and post), waiting until staff confirm or dismiss it. */
@Entity
@Table(name = "community_exchange_report")
class ExchangeReport {

	enum Status {
		OPEN, CONFIRMED, DISMISSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "reporter_account_id", nullable = false)
	private long reporterAccountId;

	@Column(nullable = false, length = 500)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(name = "reported_at", nullable = false)
	private Instant reportedAt;

	@Column(name = "decided_at")
	private Instant decidedAt;

	protected ExchangeReport() {
	}

	ExchangeReport(long postId, long reporterAccountId, String reason, Instant reportedAt) {
		this.postId = postId;
		this.reporterAccountId = reporterAccountId;
		this.reason = reason;
		this.status = Status.OPEN;
		this.reportedAt = reportedAt;
	}

	void decide(boolean confirmed, Instant at) {
		if (status == Status.OPEN) {
			status = confirmed ? Status.CONFIRMED : Status.DISMISSED;
			decidedAt = at;
		}
	}

	long getPostId() {
		return postId;
	}

	String getReason() {
		return reason;
	}

	Status getStatus() {
		return status;
	}

	Instant getReportedAt() {
		return reportedAt;
	}
}
