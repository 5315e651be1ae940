package org.ieum.stats.cohorts;

import java.util.List;

import org.ieum.education.CourseChoice;

/** What a center's staff can form a cohort from: its courses and the years its incubation took tenants in. */
public record CohortChoices(List<CourseChoice> courses, List<Integer> intakeYears) {
}
