package org.ieum.consulting.cases;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.web.Refusal;

/**
 * An agreement (MOU) by which the owner center lets the partner center assign experts of its
 * pool, from a day until a day (open-ended when no end is known). Sharing runs one way: a
 * mutual MOU is two agreements.
 */
@Entity
@Table(name = "consulting_pool_agreement")
public class PoolAgreement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "owner_center_id", nullable = false)
	private long ownerCenterId;

	@Column(name = "partner_center_id", nullable = false)
	private long partnerCenterId;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_until")
	private LocalDate validUntil;

	private String note;

	@Column(name = "recorded_by")
	private Long recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@Column(name = "ended_on")
	private LocalDate endedOn;

	@Column(name = "ended_by")
	private Long endedBy;

	protected PoolAgreement() {
	}

	public PoolAgreement(long ownerCenterId, long partnerCenterId, LocalDate validFrom, LocalDate validUntil, String note,
			Long recordedBy, Instant now) {
		if (ownerCenterId == partnerCenterId) {
			throw new Refusal("consulting.error.agreementSelf");
		}
		if (validUntil != null && validUntil.isBefore(validFrom)) {
			throw new Refusal("consulting.error.agreementDates");
		}
		this.ownerCenterId = ownerCenterId;
		this.partnerCenterId = partnerCenterId;
		this.validFrom = validFrom;
		this.validUntil = validUntil;
		this.note = note;
		this.recordedBy = recordedBy;
		this.recordedAt = now;
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil))
				&& (endedOn == null || day.isBefore(endedOn));
	}

	/** Staff end the sharing: from this day on no partner assigns from the pool; the agreement stays on record. */
	public void end(LocalDate day, long by) {
		if (endedOn != null) {
			throw new Refusal("consulting.error.state");
		}
		this.endedOn = day;
		this.endedBy = by;
	}

	public LocalDate getEndedOn() {
		return endedOn;
	}

	public Long getId() {
		return id;
	}

	public long getOwnerCenterId() {
		return ownerCenterId;
	}

	public long getPartnerCenterId() {
		return partnerCenterId;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public LocalDate getValidUntil() {
		return validUntil;
	}

	public String getNote() {
		return note;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}
}
