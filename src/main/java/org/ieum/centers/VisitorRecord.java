package org.ieum.centers;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Everything counted at a center's sites (and those of the centers below it), as centers
 * publish it: "since 2018-09-13, 1,891 visitors, 474 a month on average".
 *
 * @param firstDay the first day with a count (a center that counts from its opening: the opening day)
 * @param lastDay the last day with a count
 * @param visitors all visitors from the first to the last day
 * @param monthlyAverage visitors per month over that period, rounded; a month counted only in part
 *     (opening on the 13th) counts by its share of days, so a short first month does not pull the average down
 * @param months every calendar month of the period, the partial ones included
 */
public record VisitorRecord(LocalDate firstDay, LocalDate lastDay, long visitors, long monthlyAverage,
		List<Month> months) {

	public VisitorRecord {
		months = List.copyOf(months);
	}

	/** Visitors counted in one calendar month, at all the sites together. */
	public record Month(YearMonth month, long visitors) {
	}
}
