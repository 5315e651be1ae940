package org.ieum.stats.cohorts;

/** What formed a cohort: a course's completers (a founding academy), a year's incubation intake, or staff by hand. */
public enum CohortSource {
	COURSE, INTAKE, HAND
}
