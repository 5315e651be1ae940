package org.ieum.education;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Courses, sessions and people that the education scenario tests build on (signed in through the real login). */
@IeumSpringTest
abstract class CourseScenarios {

	static final String PASSWORD = "ieum2026!";

	static final String STAFF = "staff.gimhae@ieum.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseSessionRepository sessions;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	CurrentUser person(String email) {
		String name = jdbc.queryForObject("select display_name from identity_account where email = ?", String.class, email);
		return new CurrentUser(accountId(email), email, name, Set.of(), Set.of());
	}

	LocalDate today() {
		return Seoul.today(clock);
	}

	Course openCourse(String title, int capacity, int completionPercent) {
		return courses.save(new Course(centerId("gimhae"), new CourseDetails(CourseKind.ACADEMY, title, null,
				TargetGroup.ANYONE, null, null, null, capacity, today().minusDays(10), today().plusDays(10),
				today().plusDays(10), false, completionPercent, Set.of()), Instant.now()));
	}

	CourseSession session(Course course, LocalDate day, LocalTime starts, LocalTime ends) {
		return sessions.save(new CourseSession(course.getId(), day.atTime(starts).atZone(Seoul.ZONE).toInstant(),
				day.atTime(ends).atZone(Seoul.ZONE).toInstant(), null, "RVW" + course.getId() % 1000));
	}

	long enrollmentId(long courseId, String email) {
		return jdbc.queryForObject(
				"select id from education_enrollment where course_id = ? and account_id = ? order by id desc limit 1",
				Long.class, courseId, accountId(email));
	}

	String statusOf(long enrollmentId) {
		return jdbc.queryForObject("select status from education_enrollment where id = ?", String.class, enrollmentId);
	}

	long accessLogEntries(String detailFragment) {
		return jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where actor_email = ? and detail like ?", Long.class,
				STAFF, "%" + detailFragment + "%");
	}
}
