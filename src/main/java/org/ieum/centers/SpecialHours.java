package org.ieum.centers;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Special opening hours: different hours or a closure for a range of dates (a one-day event, a moving week, a
 * holiday the site opens anyway). It wins over both the weekday hours and holidays.
 */
@Entity
@EntityListeners(CenterRecordsChanged.Listener.class)
@Table(name = "centers_hours_exception")
public class SpecialHours {

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

	protected SpecialHours() {
	}

	private SpecialHours(long siteId, LocalDate startsOn, LocalDate endsOn, String note) {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("a period cannot end before it starts");
		}
		this.siteId = siteId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.note = note;
	}

	static SpecialHours closure(long siteId, LocalDate startsOn, LocalDate endsOn, String note) {
		SpecialHours exception = new SpecialHours(siteId, startsOn, endsOn, note);
		exception.closed = true;
		return exception;
	}

	public static SpecialHours open(long siteId, LocalDate startsOn, LocalDate endsOn, LocalTime opens,
			LocalTime closes, String note) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("closing must come after opening");
		}
		SpecialHours exception = new SpecialHours(siteId, startsOn, endsOn, note);
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
