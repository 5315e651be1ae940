package org.ieum.education;

import java.time.LocalDate;
import java.util.Set;

/** Everything staff set on a course, checked by {@link Course#revise}. */
record CourseDetails(CourseKind kind, String title, String description, TargetGroup targetGroup, Integer minAge,
		Integer maxAge, String place, int capacity, LocalDate registrationOpens, LocalDate registrationCloses,
		LocalDate cancelUntil, boolean approvalRequired, int completionPercent, Set<Long> instructorIds) {
}
