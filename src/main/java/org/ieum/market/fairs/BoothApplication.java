package org.ieum.market.fairs;

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

import org.ieum.shared.web.Refusal;

/**
 * An organization's application for a booth at a fair; once selected it holds the booth number, and after the event
 * the booth's sales. One per organization and fair, one booth number per fair (unique constraints), and the version
 * keeps two staff members from giving one application two booths at the same moment.
 */
@Entity
@Table(name = "market_fair_application")
class BoothApplication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "fair_id", nullable = false)
	private long fairId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(length = 500)
	private String note;

	@Column(name = "applied_by")
	private Long appliedBy;

	@Column(name = "applied_at", nullable = false)
	private Instant appliedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private BoothStatus status;

	@Column(name = "booth_number")
	private Integer boothNumber;

	@Column(name = "sales_won")
	private Long salesWon;

	@Column(name = "sales_recorded_by")
	private Long salesRecordedBy;

	@Column(name = "sales_recorded_at")
	private Instant salesRecordedAt;

	@Version
	private long version;

	protected BoothApplication() {
	}

	BoothApplication(long fairId, long organizationId, String organizationName, String note, Long appliedBy,
			Instant now) {
		this.fairId = fairId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.note = note;
		this.appliedBy = appliedBy;
		this.appliedAt = now;
		this.status = BoothStatus.APPLIED;
	}

	void assign(int booth) {
		if (boothNumber != null) {
			throw new Refusal("market.fairs.error.hasBooth", organizationName, boothNumber);
		}
		this.boothNumber = booth;
		this.status = BoothStatus.SELECTED;
	}

	void unassign() {
		if (salesWon != null) {
			throw new Refusal("market.fairs.error.hasSales", organizationName);
		}
		this.boothNumber = null;
		this.status = BoothStatus.APPLIED;
	}

	void decline() {
		if (boothNumber != null) {
			throw new Refusal("market.fairs.error.hasBooth", organizationName, boothNumber);
		}
		this.status = BoothStatus.DECLINED;
	}

	void recordSales(long won, Long by, Instant now) {
		if (boothNumber == null) {
			throw new Refusal("market.fairs.error.noBooth", organizationName);
		}
		this.salesWon = won;
		this.salesRecordedBy = by;
		this.salesRecordedAt = now;
	}

	Long getId() {
		return id;
	}

	long getFairId() {
		return fairId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	String getNote() {
		return note;
	}

	Instant getAppliedAt() {
		return appliedAt;
	}

	BoothStatus getStatus() {
		return status;
	}

	Integer getBoothNumber() {
		return boothNumber;
	}

	Long getSalesWon() {
		return salesWon;
	}
}
