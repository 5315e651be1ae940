package org.ieum.consulting.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file sent with a request or a session; readable only by the people of its case. */
@Entity
@Table(name = "consulting_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private long requestId;

	@Column(name = "session_id")
	private Long sessionId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "stored_file", nullable = false)
	private String storedFile;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_by")
	private Long uploadedBy;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	public Attachment(long requestId, Long sessionId, String fileName, String storedFile, String contentType, long sizeBytes,
			Long uploadedBy, Instant now) {
		this.requestId = requestId;
		this.sessionId = sessionId;
		this.fileName = fileName;
		this.storedFile = storedFile;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public Long getSessionId() {
		return sessionId;
	}

	public String getFileName() {
		return fileName;
	}

	public String getStoredFile() {
		return storedFile;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}
}
