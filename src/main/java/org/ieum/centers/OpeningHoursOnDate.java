package org.ieum.centers;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Whether a site is open on a date (in Korean time) and from when to when.
 *
 * @param opens {@code null} when closed
 * @param closes {@code null} when closed
 * @param basis which rule decided it
 * @param note the holiday's name or the exception's note; {@code null} for regular hours
 */
public record OpeningHoursOnDate(long siteId, LocalDate date, boolean open, LocalTime opens, LocalTime closes,
		Basis basis, String note) {

	public enum Basis {
		/** The site's regular hours for that weekday. */
		WEEKLY,
		/** A public holiday closed it. */
		HOLIDAY,
		/** Staff entered different hours or a closure for the date. */
		EXCEPTION
	}

	static OpeningHoursOnDate closed(long siteId, LocalDate date, Basis basis, String note) {
		return new OpeningHoursOnDate(siteId, date, false, null, null, basis, note);
	}

	static OpeningHoursOnDate open(long siteId, LocalDate date, LocalTime opens, LocalTime closes, Basis basis,
			String note) {
		return new OpeningHoursOnDate(siteId, date, true, opens, closes, basis, note);
	}
}
