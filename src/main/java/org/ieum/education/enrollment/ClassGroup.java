package org.ieum.education.enrollment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A school class (or any group) staff enrolled at once, with the teacher to contact. */
@Entity
@Table(name = "education_group")
public class ClassGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(nullable = false)
	private String name;

	@Column(name = "contact_name", nullable = false)
	private String contactName;

	@Column(name = "contact_email")
	private String contactEmail;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected ClassGroup() {
	}

	public ClassGroup(long courseId, String name, String contactName, String contactEmail, long createdBy, Instant now) {
		this.courseId = courseId;
		this.name = name;
		this.contactName = contactName;
		this.contactEmail = contactEmail;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getContactName() {
		return contactName;
	}
}
