package org.ieum.centers;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Different hours or a closure for a range of dates (a one-day event, a moving week, a
 * holiday the site opens anyway). It wins over both the weekday hours and holidays.
 */
@Entity
@Table(name = "centers_hours_exception")
class HoursException {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(nullable = false)
	private boolean closed;

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	@Column(nullable = false, length = 300)
	private String note;

	protected HoursException() {
	}

	private HoursException(long siteId, LocalDate startsOn, LocalDate endsOn, String note) {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("a period cannot end before it starts");
		}
		this.siteId = siteId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.note = note;
	}

	static HoursException closure(long siteId, LocalDate startsOn, LocalDate endsOn, String note) {
		HoursException exception = new HoursException(siteId, startsOn, endsOn, note);
		exception.closed = true;
		return exception;
	}

	static HoursException specialHours(long siteId, LocalDate startsOn, LocalDate endsOn, LocalTime opens,
			LocalTime closes, String note) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("closing must come after opening");
		}
		HoursException exception = new HoursException(siteId, startsOn, endsOn, note);
		exception.opensAt = opens;
		exception.closesAt = closes;
		return exception;
	}

	boolean covers(LocalDate date) {
		return !date.isBefore(startsOn) && !date.isAfter(endsOn);
	}

	Long getId() {
		return id;
	}

	Long getSiteId() {
		return siteId;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	boolean isClosed() {
		return closed;
	}

	LocalTime getOpensAt() {
		return opensAt;
	}

	LocalTime getClosesAt() {
		return closesAt;
	}

	String getNote() {
		return note;
	}
}
