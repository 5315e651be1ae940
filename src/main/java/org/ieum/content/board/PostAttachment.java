package org.ieum.content.board;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	public boolean isImage() {
		return contentType.startsWith("image/");
	}
}
