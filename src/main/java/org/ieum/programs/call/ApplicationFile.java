package org.ieum.programs.call;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file uploaded for a file field of an application (or of one of its reports). */
@Entity
@Table(name = "programs_file")
public class ApplicationFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private long applicationId;

	@Column(name = "report_id")
	private Long reportId;

	@Column(name = "field_id", nullable = false)
	private long fieldId;

	@Column(name = "stored_name", nullable = false)
	private String storedName;

	@Column(name = "original_name", nullable = false)
	private String originalName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected ApplicationFile() {
	}

	public ApplicationFile(long applicationId, Long reportId, long fieldId, ProgramFiles.StoredFile stored,
			String originalName, Instant now) {
		this.applicationId = applicationId;
		this.reportId = reportId;
		this.fieldId = fieldId;
		this.storedName = stored.file();
		this.contentType = stored.type();
		this.sizeBytes = stored.size();
		this.originalName = originalName;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public Long getReportId() {
		return reportId;
	}

	public long getFieldId() {
		return fieldId;
	}

	public String getStoredName() {
		return storedName;
	}

	public String getOriginalName() {
		return originalName;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}
}
