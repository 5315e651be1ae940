package org.ieum.market.inquiries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.centers.SiteSummary;
import org.springframework.stereotype.Component;

/**
 * When an inquiry is overdue: three working days after the day it arrived (Seoul calendar). Working days are Monday
 * to Friday except the public holidays and the closures staff entered for the center's sites (from the centers
 * module); a center without a site counts weekends only.
 */
@Component
class AnswerDeadlines {

	static final int WORKING_DAYS = 3;

	private final CentersApi centers;

	AnswerDeadlines(CentersApi centers) {
		this.centers = centers;
	}

	/** The last day to answer an inquiry received on that day: the third working day after it. */
	static LocalDate due(LocalDate received, int workingDays, Predicate<LocalDate> closed) {
		LocalDate day = received;
		int counted = 0;
		// a calendar closed for months (a mistyped closure) must not stall a page: stop after 60 days
		while (counted < workingDays && day.isBefore(received.plusDays(60))) {
			day = day.plusDays(1);
			if (!weekend(day) && !closed.test(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The days a center is closed, read once per day asked (one page asks for a handful). */
	Predicate<LocalDate> closedDays(long centerId) {
		List<SiteSummary> sites = centers.sitesOf(centerId);
		Map<LocalDate, Boolean> known = new HashMap<>();
		return date -> known.computeIfAbsent(date, d -> !sites.isEmpty() && sites.stream()
			.map(site -> centers.hoursOn(site.id(), d))
			.noneMatch(h -> h.open() || h.basis() == OpeningHoursOnDate.Basis.WEEKLY));
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
