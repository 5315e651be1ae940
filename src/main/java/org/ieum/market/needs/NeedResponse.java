package org.ieum.market.needs;

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

/** An organization's offer for a need (one per organization, a unique key) and the buyer's decision on it. */
@Entity
@Table(name = "market_need_response")
class NeedResponse {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "need_id", nullable = false)
	private long needId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Column(name = "price_won", nullable = false)
	private long priceWon;

	@Column(nullable = false, length = 100)
	private String quantity;

	@Column(length = 1000)
	private String note;

	@Column(name = "file_name", length = 200)
	private String fileName;

	@Column(name = "stored_file", length = 100)
	private String storedFile;

	@Column(name = "file_type", length = 100)
	private String fileType;

	@Column(name = "responded_by", nullable = false)
	private long respondedBy;

	@Column(name = "responded_at", nullable = false)
	private Instant respondedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private Decision decision;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Version
	private long version;

	protected NeedResponse() {
	}

	NeedResponse(long needId, long organizationId, String organizationName, long priceWon, String quantity,
			String note, String fileName, String storedFile, String fileType, long respondedBy, Instant now) {
		this.needId = needId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.priceWon = priceWon;
		this.quantity = quantity;
		this.note = note;
		this.fileName = fileName;
		this.storedFile = storedFile;
		this.fileType = fileType;
		this.respondedBy = respondedBy;
		this.respondedAt = now;
	}

	void decide(Decision decision, Instant now) {
		this.decision = decision;
		this.decidedAt = now;
	}

	Long getId() {
		return id;
	}

	long getNeedId() {
		return needId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	long getPriceWon() {
		return priceWon;
	}

	String getQuantity() {
		return quantity;
	}

	String getNote() {
		return note;
	}

	String getFileName() {
		return fileName;
	}

	String getStoredFile() {
		return storedFile;
	}

	String getFileType() {
		return fileType;
	}

	Instant getRespondedAt() {
		return respondedAt;
	}

	Decision getDecision() {
		return decision;
	}
}
