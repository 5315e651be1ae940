package org.ieum.enterprises.employment;

import java.time.Instant;

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
 * An organization's employment in one year: its paid workers, of whom from vulnerable groups, and the year's new
 * hires. The figures are checked by {@link EmploymentRules} before they reach it; a later entry for the same year
 * corrects them.
 */
@Entity
@Table(name = "enterprises_employment")
class EmploymentRecord {

	/** Who entered the figures last. */
	enum Source {
		MANAGER, STAFF, IMPORT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "report_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int employees;

	@Column(nullable = false)
	private int vulnerable;

	@Column(name = "new_hires", nullable = false)
	private int newHires;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 16)
	private Source source;

	@Column(name = "entered_by")
	private Long enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected EmploymentRecord() {
	}

	EmploymentRecord(long organizationId, int year) {
		this.organizationId = organizationId;
		this.year = year;
	}

	/** Records the year's figures, already checked, replacing what was on file. */
	void enter(EmploymentRules.Figures figures, Source source, Long enteredBy, Instant now) {
		this.employees = figures.employees();
		this.vulnerable = figures.vulnerable();
		this.newHires = figures.newHires();
		this.source = source;
		this.enteredBy = enteredBy;
		this.enteredAt = now;
	}

	/** Merging a duplicate organization: its years become the kept one's. */
	void moveTo(long keptOrganizationId) {
		this.organizationId = keptOrganizationId;
	}

	/** The same figures again change nothing: an import of an unchanged table leaves the record as it was. */
	boolean sameAs(EmploymentRules.Figures figures) {
		return employees == figures.employees() && vulnerable == figures.vulnerable() && newHires == figures.newHires();
	}

	Long getId() {
		return id;
	}

	long getOrganizationId() {
		return organizationId;
	}

	int getYear() {
		return year;
	}

	int getEmployees() {
		return employees;
	}

	int getVulnerable() {
		return vulnerable;
	}

	int getNewHires() {
		return newHires;
	}

	Source getSource() {
		return source;
	}

	Instant getEnteredAt() {
		return enteredAt;
	}
}
