package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.Map;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.education.enrollment.Enrollment;
import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** When a course takes enrollments, and where a seat goes when its holder leaves. */
@IeumSpringTest
class EnrollmentWindowTests extends CourseScenarios {

	@Test
	void aCourseWhoseSessionsAreAllPastTakesNoEnrollmentsEvenWhileRegistrationRunsOn() throws Exception {
		Course course = openCourse("지난 과정 신청 시험", 5, 80);
		session(course, today().minusDays(3), LocalTime.of(10, 0), LocalTime.of(12, 0));
		String page = "/c/gimhae/education/" + course.getId();
		MockHttpSession citizen = login("citizen@ieum.example");
		mvc.perform(get(page).session(citizen))
			.andExpect(content().string(containsString("지금은 신청 기간이 아닙니다.")));
		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen))
			.andExpect(flash().attribute("error", "education.error.courseOver"));
		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen).param("waitlist", "true"))
			.andExpect(flash().attribute("error", "education.error.courseOver"));
		assertThat(jdbc.queryForObject("select count(*) from education_enrollment where course_id = ?", Integer.class,
				course.getId())).isZero();
		mvc.perform(get("/api/v1/courses/" + course.getId())).andExpect(jsonPath("$.openForRegistration").value(false));
	}

	@Test
	void aDeletedAccountGivesItsSeatInAComingCourseToTheWaitlistOnce() {
		Course coming = openCourse("탈퇴 자리 반환 시험", 1, 80);
		session(coming, today().plusDays(5), LocalTime.of(10, 0), LocalTime.of(12, 0));
		Course past = openCourse("탈퇴 지난 과정 시험", 5, 80);
		CourseSession held = session(past, today().plusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
		jdbc.update("insert into identity_account (email, display_name, status, created_at) "
				+ "values ('edu-review-leaver@example.kr', '자리 반환 회원', 'ACTIVE', current_timestamp)");
		CurrentUser leaver = person("edu-review-leaver@example.kr");
		enrollments.enroll(coming.getId(), leaver, Map.of());
		enrollments.enroll(past.getId(), leaver, Map.of());
		// the past course's only session is over now: move it there after enrolling
		jdbc.update("update education_session set starts_at = ?, ends_at = ? where id = ?",
				Timestamp.from(today().minusDays(2).atTime(10, 0).atZone(Seoul.ZONE).toInstant()),
				Timestamp.from(today().minusDays(2).atTime(12, 0).atZone(Seoul.ZONE).toInstant()), held.getId());
		enrollments.joinWaitlist(coming.getId(), person("citizen@ieum.example"), Map.of());
		long seat = enrollmentId(coming.getId(), "edu-review-leaver@example.kr");
		long pastSeat = enrollmentId(past.getId(), "edu-review-leaver@example.kr");
		long waiting = enrollmentId(coming.getId(), "citizen@ieum.example");

		long account = accountId("edu-review-leaver@example.kr");
		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(account)));
		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(account)));

		assertThat(statusOf(seat)).isEqualTo("CANCELLED");
		assertThat(statusOf(waiting)).isEqualTo("CONFIRMED");
		assertThat(statusOf(pastSeat)).isEqualTo("CONFIRMED");
		assertThat(jdbc.queryForObject("select seats_taken from education_course where id = ?", Integer.class,
				coming.getId())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select participant_name from education_enrollment where id = ?", String.class,
				seat)).isEqualTo(Enrollment.FORGOTTEN_NAME);
		// the promotion e-mail, in whichever language the test thread's locale picks
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ? "
				+ "and (subject like '%대기에서 신청이 확정%' or subject like '%A seat freed%')", Integer.class,
				"citizen@ieum.example", "%탈퇴 자리 반환 시험%")).isEqualTo(1);
	}
}
