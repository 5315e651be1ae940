package org.ieum.governance.councils;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A paper of a meeting (agenda papers, a report), stored in the governance file area. */
@Entity
@Table(name = "governance_document")
public class MeetingDocument {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false)
	private long meetingId;

	@Column(nullable = false)
	private String file;

	@Column(nullable = false)
	private String name;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected MeetingDocument() {
	}

	MeetingDocument(long meetingId, String file, String name, String contentType, long sizeBytes, Instant now) {
		this.meetingId = meetingId;
		this.file = file;
		this.name = name;
		this.contentType = contentType;
		this.sizeBytes = sizeBytes;
		this.uploadedAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getMeetingId() {
		return meetingId;
	}

	public String getFile() {
		return file;
	}

	public String getName() {
		return name;
	}

	public String getContentType() {
		return contentType;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}
}
