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
import jakarta.persistence.Version;

/** A project's sales in one month or quarter, in whole won; entered again, it is corrected. */
@Entity
@Table(name = "market_collab_sales")
class PeriodSales {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "period_kind", nullable = false, length = 10)
	private PeriodKind periodKind;

	@Column(name = "period_year", nullable = false)
	private int periodYear;

	@Column(name = "period_number", nullable = false)
	private int periodNumber;

	@Column(name = "amount_won", nullable = false)
	private long amountWon;

	@Column(name = "entered_by")
	private Long enteredBy;

	@Column(name = "entered_at", nullable = false)
	private Instant enteredAt;

	@Version
	private long version;

	protected PeriodSales() {
	}

	PeriodSales(long projectId, PeriodKind periodKind, int periodYear, int periodNumber) {
		this.projectId = projectId;
		this.periodKind = periodKind;
		this.periodYear = periodYear;
		this.periodNumber = periodNumber;
	}

	void record(long won, Long by, Instant now) {
		this.amountWon = won;
		this.enteredBy = by;
		this.enteredAt = now;
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	PeriodKind getPeriodKind() {
		return periodKind;
	}

	int getPeriodYear() {
		return periodYear;
	}

	int getPeriodNumber() {
		return periodNumber;
	}

	long getAmountWon() {
		return amountWon;
	}
}
