package org.ieum.stats.cohorts;

import java.time.LocalDate;

/** A line of a center's cohort list. */
public record CohortSummary(long id, String name, CohortSource source, LocalDate startsOn, long members) {
}
