package org.ieum.centers;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A site's regular hours on one weekday. */
@Entity
@EntityListeners(CenterRecordsChanged.Listener.class)
@Table(name = "centers_weekly_hours")
public class WeeklyHours {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "site_id", nullable = false)
	private Long siteId;

	/** ISO numbering as {@link DayOfWeek#getValue()}: 1 is Monday. */
	@Column(name = "day_of_week", nullable = false)
	private int dayOfWeek;

	@Column(nullable = false)
	private boolean closed;

	@Column(name = "opens_at")
	private LocalTime opensAt;

	@Column(name = "closes_at")
	private LocalTime closesAt;

	protected WeeklyHours() {
	}

	public WeeklyHours(long siteId, DayOfWeek day) {
		this.siteId = siteId;
		this.dayOfWeek = day.getValue();
		this.closed = true;
	}

	public void open(LocalTime opens, LocalTime closes) {
		if (!opens.isBefore(closes)) {
			throw new IllegalArgumentException("closing must come after opening");
		}
		this.closed = false;
		this.opensAt = opens;
		this.closesAt = closes;
	}

	void close() {
		this.closed = true;
		this.opensAt = null;
		this.closesAt = null;
	}

	DayOfWeek day() {
		return DayOfWeek.of(dayOfWeek);
	}

	Long getSiteId() {
		return siteId;
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
}
