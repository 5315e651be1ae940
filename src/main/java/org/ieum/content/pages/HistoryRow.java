package org.ieum.content.pages;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One event of a center's 연혁: a year, optionally a month, and what happened. */
@Entity
@Table(name = "content_history_row")
public class HistoryRow {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "event_year", nullable = false)
	private int year;

	@Column(name = "event_month")
	private Integer month;

	@Column(nullable = false)
	private String text;

	protected HistoryRow() {
	}

	public HistoryRow(long centerId, int year, Integer month, String text) {
		this.centerId = centerId;
		this.year = year;
		this.month = month;
		this.text = text;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	int getYear() {
		return year;
	}

	Integer getMonth() {
		return month;
	}

	String getText() {
		return text;
	}
}
