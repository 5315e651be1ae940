package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalTime;
import java.util.Map;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** When a certificate exists and verifies, and that staff opening attendance or certificates is logged. */
@IeumSpringTest
class CertificateRulesTests extends CourseScenarios {

	@Test
	void staffOpeningAnAttendanceSheetOrPrintingACertificateIsInTheAccessLog() throws Exception {
		Course course = openCourse("출석부 기록 시험 과정", 5, 50);
		enrollments.enroll(course.getId(), person("member@ieum.example"), Map.of());
		CourseSession session = session(course, today().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
		long enrollment = enrollmentId(course.getId(), "member@ieum.example");
		MockHttpSession staff = login(STAFF);
		String sheet = "/admin/education/" + course.getId() + "/sessions/" + session.getId() + "/attendance";
		String marker = "과정 " + course.getId() + ",";
		assertThat(accessLogEntries(marker)).isZero();

		mvc.perform(get(sheet).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("행복베이커리 대표")));
		assertThat(accessLogEntries(marker)).isEqualTo(1);

		mvc.perform(post(sheet).with(csrf()).session(staff).param("present", String.valueOf(enrollment)));
		mvc.perform(get("/admin/education/" + course.getId() + "/enrollments/" + enrollment + "/certificate.pdf")
			.session(staff)).andExpect(status().isOk());
		assertThat(accessLogEntries("수료증")).isPositive();
		assertThat(jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where actor_email = ? and action = 'EXPORT' "
						+ "and subject_account_id = ? and detail like ?",
				Long.class, STAFF, accountId("member@ieum.example"), "%" + marker + "%")).isEqualTo(1);
	}

	@Test
	void noCertificateBeforeTheCoursesLastSessionHasBegun() throws Exception {
		Course course = openCourse("수료 전 증명 시험", 5, 50);
		CourseSession first = session(course, today().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
		session(course, today().plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0));
		enrollments.enroll(course.getId(), person("member@ieum.example"), Map.of());
		long enrollment = enrollmentId(course.getId(), "member@ieum.example");
		jdbc.update("insert into education_attendance (enrollment_id, session_id, checked_at) values (?, ?, current_timestamp)",
				enrollment, first.getId());
		// 1 of 2 sessions meets the 50 % rule, but the course is still running
		mvc.perform(get("/my/education/" + enrollment + "/certificate.pdf").session(login("member@ieum.example")))
			.andExpect(flash().attribute("error", "education.error.notFinished"));
		mvc.perform(get("/admin/education/" + course.getId() + "/enrollments/" + enrollment + "/certificate.pdf")
			.session(login(STAFF))).andExpect(flash().attribute("error", "education.error.notFinished"));
		assertThat(jdbc.queryForObject("select certificate_number from education_enrollment where id = ?", String.class,
				enrollment)).isNull();
		mvc.perform(get("/my/education").session(login("member@ieum.example")))
			.andExpect(content().string(not(containsString("/my/education/" + enrollment + "/certificate.pdf"))));
	}

	@Test
	void aCertificateWhosePlaceStaffCancelledNoLongerVerifies() throws Exception {
		Course course = openCourse("취소된 수료증 시험", 5, 50);
		enrollments.enroll(course.getId(), person("member@ieum.example"), Map.of());
		CourseSession held = session(course, today().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
		long enrollment = enrollmentId(course.getId(), "member@ieum.example");
		jdbc.update("insert into education_attendance (enrollment_id, session_id, checked_at) values (?, ?, current_timestamp)",
				enrollment, held.getId());
		mvc.perform(get("/my/education/" + enrollment + "/certificate.pdf").session(login("member@ieum.example")))
			.andExpect(status().isOk());
		String number = jdbc.queryForObject("select certificate_number from education_enrollment where id = ?",
				String.class, enrollment);
		mvc.perform(get("/certificates/" + number)).andExpect(status().isOk());

		mvc.perform(post("/admin/education/" + course.getId() + "/enrollments/" + enrollment + "/cancel").with(csrf())
			.session(login(STAFF))).andExpect(flash().attribute("notice", "education.notice.cancel"));
		mvc.perform(get("/certificates/" + number))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("취소된 수료증 시험"))));
	}
}
