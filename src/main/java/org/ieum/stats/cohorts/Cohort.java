package org.ieum.stats.cohorts;

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

/** A group of organizations followed from one start date: who formed it, and from which course or intake. */
@Entity
@Table(name = "stats_cohort")
public class Cohort {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 200)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private CohortSource source;

	/** The course id or the intake year; none for a cohort formed by hand. */
	@Column(name = "source_ref")
	private Long sourceRef;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Cohort() {
	}

	public Cohort(long centerId, String name, CohortSource source, Long sourceRef, LocalDate startsOn, Long createdBy,
			Instant now) {
		this.centerId = centerId;
		this.name = name;
		this.source = source;
		this.sourceRef = sourceRef;
		this.startsOn = startsOn;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public String getName() {
		return name;
	}

	public CohortSource getSource() {
		return source;
	}

	public Long getSourceRef() {
		return sourceRef;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}
}
