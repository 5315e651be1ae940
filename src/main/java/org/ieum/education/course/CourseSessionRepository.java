package org.ieum.education.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseSessionRepository extends JpaRepository<CourseSession, Long> {

	List<CourseSession> findByCourseIdOrderByStartsAtAscIdAsc(long courseId);

	List<CourseSession> findByCourseIdInOrderByStartsAtAscIdAsc(Collection<Long> courseIds);

	List<CourseSession> findByCourseIdInAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
			Collection<Long> courseIds, Instant from, Instant to);

	long countByCourseId(long courseId);

	/** The course is over: its last session was on a day before {@code today} (see {@link CourseSession#allPast}). */
	default boolean courseOver(long courseId, LocalDate today) {
		return CourseSession.allPast(findByCourseIdOrderByStartsAtAscIdAsc(courseId), today);
	}
}
