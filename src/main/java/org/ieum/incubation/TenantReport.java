package org.ieum.incubation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What a tenant reports for one period of the tenancy: employees, revenue in won, milestones. */
@Entity
@Table(name = "incubation_report")
public class TenantReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "tenancy_id", nullable = false)
	private long tenancyId;

	@Column(name = "period_no", nullable = false)
	private int periodNo;

	@Column(name = "period_start", nullable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false)
	private LocalDate periodEnd;

	@Column(nullable = false)
	private int employees;

	@Column(name = "revenue_won", nullable = false)
	private long revenueWon;

	private String milestones;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "submitted_by")
	private Long submittedBy;

	@Version
	private long version;

	protected TenantReport() {
	}

	public TenantReport(long tenancyId, ReportPeriod period, int employees, long revenueWon, String milestones, Instant now,
			long by) {
		this.tenancyId = tenancyId;
		this.periodNo = period.number();
		this.periodStart = period.start();
		this.periodEnd = period.end();
		revise(employees, revenueWon, milestones, now, by);
	}

	/** The tenant may correct a submitted report; the latest submission counts. */
	void revise(int employees, long revenueWon, String milestones, Instant now, long by) {
		this.employees = employees;
		this.revenueWon = revenueWon;
		this.milestones = milestones;
		this.submittedAt = now;
		this.submittedBy = by;
	}

	Long getId() {
		return id;
	}

	long getTenancyId() {
		return tenancyId;
	}

	int getPeriodNo() {
		return periodNo;
	}

	LocalDate getPeriodStart() {
		return periodStart;
	}

	LocalDate getPeriodEnd() {
		return periodEnd;
	}

	int getEmployees() {
		return employees;
	}

	long getRevenueWon() {
		return revenueWon;
	}

	String getMilestones() {
		return milestones;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}
}
