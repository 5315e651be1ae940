package org.ieum.education.course;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ieum.shared.files.FileArea;

/** A file participants may download: a workbook, an instructor guide, slides. */
@Entity
@Table(name = "education_material")
public class Material {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String file;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MaterialAudience audience;

	protected Material() {
	}

	public Material(long courseId, String title, MaterialAudience audience, FileArea.StoredFile stored, String fileName,
			Instant now) {
		this.courseId = courseId;
		this.audience = audience;
		this.title = title;
		this.file = stored.file();
		this.contentType = stored.type();
		this.sizeBytes = stored.size();
		this.fileName = fileName;
		this.createdAt = now;
	}

	public MaterialAudience getAudience() {
		return audience;
	}

	public Long getId() {
		return id;
	}

	public long getCourseId() {
		return courseId;
	}

	public String getTitle() {
		return title;
	}

	public String getFile() {
		return file;
	}

	public String getContentType() {
		return contentType;
	}

	public String getFileName() {
		return fileName;
	}

	public long getSizeBytes() {
		return sizeBytes;
	}
}
