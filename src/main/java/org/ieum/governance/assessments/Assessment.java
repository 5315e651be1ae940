package org.ieum.governance.assessments;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/** An organization's self-assessment for a center and year: its answers, evidence, score and review. */
@Entity
@Table(name = "governance_assessment")
public class Assessment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "assess_year", nullable = false)
	private int year;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false)
	private String organizationName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AssessmentStatus status;

	@Column(nullable = false)
	private int score;

	@Column(name = "evidence_file")
	private String evidenceFile;

	@Column(name = "evidence_name")
	private String evidenceName;

	@Column(name = "evidence_type")
	private String evidenceType;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "submitted_by", nullable = false)
	private long submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@ElementCollection
	@CollectionTable(name = "governance_assessment_answer", joinColumns = @JoinColumn(name = "assessment_id"))
	@MapKeyColumn(name = "indicator_id")
	@Column(name = "answer", nullable = false)
	private Map<Long, String> answers = new HashMap<>();

	@Version
	private long version;

	protected Assessment() {
	}

	public Assessment(long centerId, int year, long organizationId, String organizationName, long accountId) {
		this.centerId = centerId;
		this.year = year;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.submittedBy = accountId;
	}

	/** Takes the answers (already read against their indicators) and their score, for staff to review. */
	public void submit(Map<Long, String> read, int score, long accountId, Instant now) {
		if (status == AssessmentStatus.SUBMITTED || status == AssessmentStatus.ACCEPTED) {
			throw new Refusal("governance.error.assessmentLocked");
		}
		this.answers.clear();
		this.answers.putAll(read);
		this.score = score;
		this.submittedBy = accountId;
		this.submittedAt = now;
		this.status = AssessmentStatus.SUBMITTED;
	}

	public void attach(String file, String name, String type) {
		this.evidenceFile = file;
		this.evidenceName = name;
		this.evidenceType = type;
	}

	public void returnWith(String note) {
		requireSubmitted();
		this.status = AssessmentStatus.RETURNED;
		this.reviewNote = note;
	}

	public void accept(String note) {
		requireSubmitted();
		this.status = AssessmentStatus.ACCEPTED;
		this.reviewNote = note;
	}

	private void requireSubmitted() {
		if (status != AssessmentStatus.SUBMITTED) {
			throw new Refusal("governance.error.notSubmitted");
		}
	}

	public Grade grade() {
		return Grade.of(score);
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public int getYear() {
		return year;
	}

	public long getOrganizationId() {
		return organizationId;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public AssessmentStatus getStatus() {
		return status;
	}

	public int getScore() {
		return score;
	}

	public String getEvidenceFile() {
		return evidenceFile;
	}

	public String getEvidenceName() {
		return evidenceName;
	}

	public String getEvidenceType() {
		return evidenceType;
	}

	public String getReviewNote() {
		return reviewNote;
	}

	public Map<Long, String> getAnswers() {
		return answers;
	}
}
