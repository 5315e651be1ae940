package org.ieum.enterprises.journey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A reminder queued for an obligation, once per lead time: the unique key stops a second run or a second node. */
@Entity
@Table(name = "enterprises_obligation_reminder")
class ObligationReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "obligation_key", nullable = false, length = 80)
	private String obligationKey;

	@Column(name = "days_before", nullable = false)
	private int daysBefore;

	@Column(nullable = false)
	private int recipients;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	protected ObligationReminder() {
	}

	ObligationReminder(String obligationKey, int daysBefore, int recipients, Instant now) {
		this.obligationKey = obligationKey;
		this.daysBefore = daysBefore;
		this.recipients = recipients;
		this.queuedAt = now;
	}

	String getObligationKey() {
		return obligationKey;
	}

	int getDaysBefore() {
		return daysBefore;
	}
}
