package org.ieum.enterprises.readiness;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One requirement of an organization's checklist: its state, its evidence (a stored file, a number, a date), a note,
 * and the consultant (an expert of the consulting module) and course (of the education module) linked by id.
 */
@Entity
@Table(name = "enterprises_readiness_item")
class ReadinessItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Track track;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Requirement requirement;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private ItemState state = ItemState.UNCHECKED;

	@Column(name = "evidence_number")
	private Long evidenceNumber;

	@Column(name = "evidence_date")
	private LocalDate evidenceDate;

	@Column(name = "evidence_file", length = 200)
	private String evidenceFile;

	@Column(name = "evidence_name", length = 200)
	private String evidenceName;

	@Column(name = "evidence_type", length = 100)
	private String evidenceType;

	@Column(length = 1000)
	private String note;

	@Column(name = "consultant_expert_id")
	private Long consultantExpertId;

	@Column(name = "course_id")
	private Long courseId;

	@Column(name = "updated_by")
	private Long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected ReadinessItem() {
	}

	ReadinessItem(long organizationId, Requirement requirement, Instant now) {
		this.organizationId = organizationId;
		this.track = requirement.track();
		this.requirement = requirement;
		this.updatedAt = now;
	}

	/** A stored evidence file: its name in the file area, the name offered for download and its content type. */
	record StoredEvidence(String file, String name, String type) {
	}

	/** Records the review; a new file replaces the old one, no file keeps it. */
	void review(ItemState state, Long number, LocalDate date, String note, StoredEvidence file, Long consultantExpertId,
			Long courseId, Long by, Instant now) {
		this.state = state;
		this.evidenceNumber = number;
		this.evidenceDate = date;
		this.note = note;
		if (file != null) {
			this.evidenceFile = file.file();
			this.evidenceName = file.name();
			this.evidenceType = file.type();
		}
		this.consultantExpertId = consultantExpertId;
		this.courseId = courseId;
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/** Merging a duplicate organization into one that has not started this checklist: the requirement becomes the kept one's. */
	void moveTo(long keptOrganizationId) {
		this.organizationId = keptOrganizationId;
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Track getTrack() {
		return track;
	}

	Requirement getRequirement() {
		return requirement;
	}

	ItemState getState() {
		return state;
	}

	Long getEvidenceNumber() {
		return evidenceNumber;
	}

	LocalDate getEvidenceDate() {
		return evidenceDate;
	}

	String getEvidenceFile() {
		return evidenceFile;
	}

	String getEvidenceName() {
		return evidenceName;
	}

	String getEvidenceType() {
		return evidenceType;
	}

	String getNote() {
		return note;
	}

	Long getConsultantExpertId() {
		return consultantExpertId;
	}

	Long getCourseId() {
		return courseId;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}
}
