package org.ieum.centers;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A public holiday on which every site is closed unless an exception opens it. */
@Entity
@Table(name = "centers_holiday")
public class Holiday {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "holiday_date", nullable = false)
	private LocalDate date;

	@Column(nullable = false, length = 100)
	private String name;

	protected Holiday() {
	}

	Holiday(LocalDate date, String name) {
		this.date = date;
		this.name = name;
	}

	Long getId() {
		return id;
	}

	public LocalDate getDate() {
		return date;
	}

	String getName() {
		return name;
	}
}
