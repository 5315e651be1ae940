package org.ieum.incubation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One reporting period of a tenancy, counted from its start: with quarterly reports the
 * first period runs three months from the move-in day. The last period stops at the
 * tenancy's last day (its end, or its exit), so an extension simply adds periods.
 */
public record ReportPeriod(int number, LocalDate start, LocalDate end, LocalDate due) {

	public static List<ReportPeriod> of(LocalDate startsOn, LocalDate lastDay, int months, int graceDays) {
		List<ReportPeriod> periods = new ArrayList<>();
		if (startsOn == null || lastDay == null || months < 1) {
			return periods;
		}
		for (int n = 1;; n++) {
			LocalDate start = startsOn.plusMonths((long) (n - 1) * months);
			if (start.isAfter(lastDay)) {
				return periods;
			}
			LocalDate end = startsOn.plusMonths((long) n * months).minusDays(1);
			if (end.isAfter(lastDay)) {
				end = lastDay;
			}
			periods.add(new ReportPeriod(n, start, end, end.plusDays(graceDays)));
		}
	}
}
