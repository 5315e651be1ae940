package org.ieum.content.board;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** A file of a post; whoever may read the post may download it. */
@Entity
@Table(name = "content_attachment")
public class PostAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "stored_file", nullable = false)
	private String storedFile;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(nullable = false)
	private int position;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** The text inside the file, for the site search; null when it has none or could not be read. */
	@Column(name = "extracted_text")
	private String extractedText;

	@Column(name = "text_read_at")
	private Instant textReadAt;

	/** Set by the constructor: a new file's text is to be read once it has its id. */
	@Transient
	private boolean justStored;

	protected PostAttachment() {
	}

	public PostAttachment(long postId, ContentFiles.Checked file, int position, Instant now) {
		this.postId = postId;
		this.fileName = file.name();
		this.storedFile = file.storedFile();
		this.contentType = file.type();
		this.sizeBytes = file.size();
		this.position = position;
		this.createdAt = now;
		this.justStored = true;
	}

	/** Published by Spring Data when a new attachment is saved, whoever saves it. */
	@DomainEvents
	List<AttachmentStored> stored() {
		return justStored && id != null ? List.of(new AttachmentStored(id, postId)) : List.of();
	}

	@AfterDomainEventPublication
	void storedAnnounced() {
		justStored = false;
	}

	/** The text read from the file (null when there was none); a file is read once. */
	public void recordText(String text, Instant now) {
		this.extractedText = text == null || text.isBlank() ? null : text;
		this.textReadAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getPostId() {
		return postId;
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

	public String getExtractedText() {
		return extractedText;
	}

	public Instant getTextReadAt() {
		return textReadAt;
	}

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}
