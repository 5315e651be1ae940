package org.ieum.enterprises.stages;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The stage an organization stands at now and since when. The version makes two staff members moving the same
 * organization at once end with one move, not two interleaved ones.
 */
@Entity
@Table(name = "enterprises_organization_stage")
class CurrentStage {

	@Id
	@Column(name = "organization_id")
	private Long organizationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 32)
	private Stage stage;

	@Column(nullable = false)
	private LocalDate since;

	@Version
	private long version;

	protected CurrentStage() {
	}

	CurrentStage(long organizationId, Stage stage, LocalDate since) {
		this.organizationId = organizationId;
		this.stage = stage;
		this.since = since;
	}

	void moveTo(Stage next, LocalDate on) {
		this.stage = next;
		this.since = on;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Stage getStage() {
		return stage;
	}

	LocalDate getSince() {
		return since;
	}
}
