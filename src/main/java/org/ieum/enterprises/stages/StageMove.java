package org.ieum.enterprises.stages;

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

/** One step in an organization's stage history: from where to where, on which date, why and by whom. */
@Entity
@Table(name = "enterprises_stage_move")
class StageMove {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_stage", length = 32)
	private Stage fromStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Stage stage;

	@Column(name = "moved_on", nullable = false)
	private LocalDate movedOn;

	@Column(length = 500)
	private String reason;

	@Column(nullable = false)
	private boolean backwards;

	@Column(name = "moved_by")
	private Long movedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected StageMove() {
	}

	StageMove(long organizationId, Stage fromStage, Stage stage, LocalDate movedOn, String reason, Long movedBy,
			Instant recordedAt) {
		this.organizationId = organizationId;
		this.fromStage = fromStage;
		this.stage = stage;
		this.movedOn = movedOn;
		this.reason = reason;
		this.backwards = fromStage != null && fromStage.isBackwardsTo(stage);
		this.movedBy = movedBy;
		this.recordedAt = recordedAt;
	}

	/** Merging a duplicate organization into one that has no stage yet: its way becomes the kept one's. */
	void moveTo(long keptOrganizationId) {
		this.organizationId = keptOrganizationId;
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Stage getFromStage() {
		return fromStage;
	}

	Stage getStage() {
		return stage;
	}

	LocalDate getMovedOn() {
		return movedOn;
	}

	String getReason() {
		return reason;
	}

	boolean isBackwards() {
		return backwards;
	}

	Long getMovedBy() {
		return movedBy;
	}
}
