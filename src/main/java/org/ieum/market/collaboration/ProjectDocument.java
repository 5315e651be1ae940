package org.ieum.market.collaboration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A document shared in a project (plan, recipe, label design, contract), stored in the file area. */
@Entity
@Table(name = "market_collab_document")
class ProjectDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "stored_file", nullable = false, length = 100)
	private String storedFile;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(name = "content_type", nullable = false, length = 100)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected ProjectDocument() {
	}

	ProjectDocument(long projectId, String storedFile, String name, String contentType, long sizeBytes, Long uploadedBy,
			Instant now) {
		this.projectId = projectId;
		this.storedFile = storedFile;
		this.name = name;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	String getStoredFile() {
		return storedFile;
	}

	String getName() {
		return name;
	}

	String getContentType() {
		return contentType;
	}

	long getSizeBytes() {
		return sizeBytes;
	}

	Instant getUploadedAt() {
		return uploadedAt;
	}
}
