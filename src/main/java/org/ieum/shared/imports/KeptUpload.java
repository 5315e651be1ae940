package org.ieum.shared.imports;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An uploaded table between its preview and its confirmation, for one purpose (which import
 * reads it: organizations, purchase records, books). Marked applied in the same
 * transaction as the rows it wrote, so a confirmation counts once and a crash leaves it
 * pending with nothing written.
 */
@Entity
@Table(name = "shared_import")
class KeptUpload {

	enum Status {
		PENDING, APPLIED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 40)
	private String purpose;

	@Column(name = "file_name", nullable = false, length = 200)
	private String fileName;

	@Column(name = "stored_file", nullable = false, length = 80)
	private String storedFile;

	@Column(nullable = false, length = 64)
	private String checksum;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	/** The encoding the user chose, or null for detection. */
	@Column(length = 16)
	private String encoding;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Status status = Status.PENDING;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "applied_at")
	private Instant appliedAt;

	@Column(name = "created_count")
	private Integer createdCount;

	@Column(name = "updated_count")
	private Integer updatedCount;

	@Column(name = "unchanged_count")
	private Integer unchangedCount;

	@Column(name = "rejected_count")
	private Integer rejectedCount;

	protected KeptUpload() {
	}

	KeptUpload(long centerId, String purpose, String fileName, String storedFile, String checksum, long sizeBytes, String encoding,
			Long uploadedBy, Instant now) {
		this.centerId = centerId;
		this.purpose = purpose;
		this.fileName = fileName;
		this.storedFile = storedFile;
		this.checksum = checksum;
		this.sizeBytes = sizeBytes;
		this.encoding = encoding;
		this.uploadedBy = uploadedBy;
		this.createdAt = now;
	}

	boolean pending() {
		return status == Status.PENDING;
	}

	Long getId() {
		return id;
	}

	String getPurpose() {
		return purpose;
	}

	long getCenterId() {
		return centerId;
	}

	String getFileName() {
		return fileName;
	}

	String getStoredFile() {
		return storedFile;
	}

	String getChecksum() {
		return checksum;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	String getEncoding() {
		return encoding;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
