package org.ieum.market.collaboration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organization in a project, as lead or partner; once per project (a unique key). */
@Entity
@Table(name = "market_collab_member")
class ProjectMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "organization_name", nullable = false, length = 200)
	private String organizationName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectRole role;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected ProjectMember() {
	}

	ProjectMember(long projectId, long organizationId, String organizationName, ProjectRole role, Instant now) {
		this.projectId = projectId;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.role = role;
		this.addedAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	long getOrganizationId() {
		return organizationId;
	}

	String getOrganizationName() {
		return organizationName;
	}

	ProjectRole getRole() {
		return role;
	}
}
