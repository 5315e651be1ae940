package org.ieum.education.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.shared.MyPageSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The next session of each course the person is enrolled in or waiting for, for the My page home. */
@Component
class MyPageCourses implements MyPageSummary {

	private final EnrollmentRepository enrollments;
	private final CourseRepository courses;
	private final CourseSessionRepository sessions;
	private final Clock clock;

	MyPageCourses(EnrollmentRepository enrollments, CourseRepository courses, CourseSessionRepository sessions,
			Clock clock) {
		this.enrollments = enrollments;
		this.courses = courses;
		this.sessions = sessions;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> upcomingFor(long accountId) {
		Instant now = clock.instant();
		List<Item> items = new ArrayList<>();
		for (Enrollment e : enrollments.findByAccountIdOrderByIdDesc(accountId)) {
			if (!e.getStatus().active()) {
				continue;
			}
			sessions.findByCourseIdOrderByStartsAtAscIdAsc(e.getCourseId()).stream()
				.filter(s -> s.getStartsAt().isAfter(now))
				.findFirst()
				.ifPresent(next -> courses.findById(e.getCourseId()).ifPresent(course -> items.add(new Item(
						"my.upcoming.kind.course", course.getTitle(), next.getStartsAt(), "/my/education"))));
		}
		return items;
	}
}
