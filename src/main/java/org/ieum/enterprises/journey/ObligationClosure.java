package org.ieum.enterprises.journey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An obligation staff marked done, with a note, a file, or both. One per obligation (a unique key). */
@Entity
@Table(name = "enterprises_obligation_closure")
class ObligationClosure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "obligation_key", nullable = false, length = 80)
	private String obligationKey;

	@Column(name = "designation_id", nullable = false)
	private Long designationId;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(length = 1000)
	private String note;

	@Column(name = "evidence_file", length = 200)
	private String evidenceFile;

	@Column(name = "evidence_name", length = 200)
	private String evidenceName;

	@Column(name = "evidence_type", length = 100)
	private String evidenceType;

	@Column(name = "closed_by", nullable = false)
	private Long closedBy;

	@Column(name = "closed_at", nullable = false)
	private Instant closedAt;

	protected ObligationClosure() {
	}

	ObligationClosure(DueObligation obligation, String note, Evidence evidence, long closedBy, Instant now) {
		this.obligationKey = obligation.key();
		this.designationId = obligation.designationId();
		this.dueOn = obligation.dueOn();
		this.note = note;
		if (evidence != null) {
			this.evidenceFile = evidence.file();
			this.evidenceName = evidence.name();
			this.evidenceType = evidence.type();
		}
		this.closedBy = closedBy;
		this.closedAt = now;
	}

	/** A stored evidence file: its name in the file area, the name offered for download and its content type. */
	record Evidence(String file, String name, String type) {
	}

	Long getId() {
		return id;
	}

	String getObligationKey() {
		return obligationKey;
	}

	String getNote() {
		return note;
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

	Long getClosedBy() {
		return closedBy;
	}

	Instant getClosedAt() {
		return closedAt;
	}
}
