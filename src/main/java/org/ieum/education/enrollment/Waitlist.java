package org.ieum.education.enrollment;

import java.time.Clock;
import java.util.Optional;

import org.ieum.education.EnrollmentStatus;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people waiting for a seat, in the order they asked. When a seat frees (a cancellation, a rejection, a larger
 * capacity) the first in line takes it and is told by e-mail; callers hold the course row's lock, so two freed seats
 * never go to the same person.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class Waitlist {

	private final EnrollmentRepository enrollments;
	private final CourseSessionRepository sessions;
	private final EnrollmentMail mail;
	private final Clock clock;

	Waitlist(EnrollmentRepository enrollments, CourseSessionRepository sessions, EnrollmentMail mail, Clock clock) {
		this.enrollments = enrollments;
		this.sessions = sessions;
		this.mail = mail;
		this.clock = clock;
	}

	/**
	 * Waiting people move up while the course (locked by the caller) has seats. Nobody is moved into a course that
	 * is already over (nor told they got a seat).
	 */
	public void promote(Course course) {
		if (sessions.courseOver(course.getId(), Seoul.today(clock))) {
			return;
		}
		while (course.hasSeats(1)) {
			Optional<Enrollment> next = enrollments.findFirstByCourseIdAndStatusOrderByIdAsc(course.getId(),
					EnrollmentStatus.WAITLISTED);
			if (next.isEmpty()) {
				return;
			}
			course.takeSeats(1);
			next.get().promote(course.seatedStatus(), clock.instant());
			mail.send(next.get(), course, "education.mail.promoted");
		}
	}

	/** Where a waiting person stands in line: 1 is next. */
	@Transactional(readOnly = true)
	public int positionOf(Enrollment waiting) {
		return (int) enrollments.findByCourseIdOrderByIdAsc(waiting.getCourseId()).stream()
			.filter(o -> o.getStatus() == EnrollmentStatus.WAITLISTED && o.getId() <= waiting.getId())
			.count();
	}
}
