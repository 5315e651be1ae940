package org.ieum.stats.cohorts;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organization (or founding team) that belongs to a cohort. */
@Entity
@Table(name = "stats_cohort_member")
public class CohortMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cohort_id", nullable = false)
	private long cohortId;

	@Column(name = "organization_id", nullable = false)
	private long organizationId;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected CohortMember() {
	}

	public CohortMember(long cohortId, long organizationId, Instant now) {
		this.cohortId = cohortId;
		this.organizationId = organizationId;
		this.addedAt = now;
	}

	public long getCohortId() {
		return cohortId;
	}

	public long getOrganizationId() {
		return organizationId;
	}
}
