package org.ieum.education.course;

import java.time.LocalDate;
import java.util.Set;

import org.ieum.education.CourseKind;
import org.ieum.education.TargetGroup;

/** Everything staff set on a course, checked by {@link Course#revise}. */
public record CourseDetails(CourseKind kind, String title, String description, TargetGroup targetGroup, Integer minAge,
		Integer maxAge, String place, int capacity, LocalDate registrationOpens, LocalDate registrationCloses,
		LocalDate cancelUntil, boolean approvalRequired, int completionPercent, Set<Long> instructorIds) {
}
