package org.ieum.centers;

import java.time.YearMonth;

/** Visitors counted at one site in one month (months without any entry count as 0). */
public record MonthlyVisitors(long siteId, YearMonth month, long visitors) {
}
