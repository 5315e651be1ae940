package org.ieum.incubation;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A reminder that went out: its key makes sending the same reminder twice impossible. */
@Entity
@Table(name = "incubation_reminder")
class ReportReminder {

	/** SOON: the due date is near; OVERDUE: the due date has passed without a report. */
	enum Kind {
		SOON, OVERDUE
	}

	@Embeddable
	record Key(@Column(name = "tenancy_id") long tenancyId, @Column(name = "period_no") int periodNo,
			@Column(name = "kind") String kind) implements Serializable {
	}

	@EmbeddedId
	private Key key;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected ReportReminder() {
	}

	ReportReminder(long tenancyId, int periodNo, Kind kind, Instant now) {
		this.key = new Key(tenancyId, periodNo, kind.name());
		this.sentAt = now;
	}

	Key getKey() {
		return key;
	}
}
