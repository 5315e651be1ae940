package org.ieum.incubation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of one extension: the end date before and after, why, when and by whom. */
@Entity
@Table(name = "incubation_extension")
class Extension {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenancy_id", nullable = false)
	private long tenancyId;

	@Column(name = "previous_end", nullable = false)
	private LocalDate previousEnd;

	@Column(name = "new_end", nullable = false)
	private LocalDate newEnd;

	private String reason;

	@Column(name = "extended_at", nullable = false)
	private Instant extendedAt;

	@Column(name = "extended_by")
	private Long extendedBy;

	protected Extension() {
	}

	Extension(long tenancyId, LocalDate previousEnd, LocalDate newEnd, String reason, Instant now, Long by) {
		this.tenancyId = tenancyId;
		this.previousEnd = previousEnd;
		this.newEnd = newEnd;
		this.reason = reason;
		this.extendedAt = now;
		this.extendedBy = by;
	}

	LocalDate getPreviousEnd() {
		return previousEnd;
	}

	LocalDate getNewEnd() {
		return newEnd;
	}

	String getReason() {
		return reason;
	}

	Instant getExtendedAt() {
		return extendedAt;
	}
}
