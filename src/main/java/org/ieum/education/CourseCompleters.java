package org.ieum.education;

import java.time.LocalDate;
import java.util.List;

/**
 * A course and the accounts of those who completed it (no names): a founding academy's graduates form a cohort.
 *
 * @param startsOn the day of its first session (Seoul), or the day registration closes while it has none
 * @param completerAccountIds the accounts of the confirmed participants whose attendance completed the course
 */
public record CourseCompleters(long courseId, long centerId, String title, CourseKind kind, LocalDate startsOn,
		List<Long> completerAccountIds) {

	public CourseCompleters {
		completerAccountIds = List.copyOf(completerAccountIds);
	}
}
