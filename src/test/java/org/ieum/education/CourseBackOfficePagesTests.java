package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.MaterialFiles;
import org.ieum.shared.export.ExportReason;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.util.unit.DataSize;

/**
 * Staff pages of a course: unknown ids answer 404, sheets show day and time, upload limits are the real ones, a
 * refused export returns to the page it came from.
 */
@IeumSpringTest
class CourseBackOfficePagesTests extends CourseScenarios {

	@Test
	void unknownIdsInTheBackOfficeAreA404PageNotAServerError() throws Exception {
		MockHttpSession staff = login(STAFF);
		Course course = openCourse("없는 번호 시험 과정", 5, 80);
		long missing = 987_654_321L;
		mvc.perform(get("/admin/education/" + missing).session(staff)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/education/" + missing + "/roster").session(staff)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/education/" + missing + "/survey").session(staff)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/education/" + missing + "/questions").param("question", "질문").with(csrf())
			.session(staff)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/education/" + course.getId() + "/sessions/" + missing + "/attendance").with(csrf())
			.session(staff)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/education/instructors/" + missing + "/trained").with(csrf()).session(staff))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from education_question where course_id = ?", Integer.class,
				course.getId())).isZero();
	}

	@Test
	void theAttendanceSheetShowsTheSessionsDayAndTime() throws Exception {
		Course course = openCourse("출석부 날짜 시험 과정", 5, 80);
		LocalDate day = today().plusDays(3);
		CourseSession session = session(course, day, LocalTime.of(13, 30), LocalTime.of(15, 0));
		mvc.perform(get("/admin/education/" + course.getId() + "/sessions/" + session.getId() + "/attendance")
			.session(login(STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("출석부 날짜 시험 과정 · " + day + " 13:30")));
	}

	@Test
	void theMaterialSizeStaffAreToldIsOneTheUploadActuallyAccepts(
			@Value("${spring.servlet.multipart.max-file-size}")
			DataSize uploadLimit) throws Exception {
		assertThat(MaterialFiles.MAX_BYTES).isLessThanOrEqualTo(uploadLimit.toBytes());
		Course course = openCourse("자료 크기 안내 시험", 5, 80);
		mvc.perform(get("/admin/education/" + course.getId()).session(login(STAFF)))
			.andExpect(content().string(containsString("ZIP, " + MaterialFiles.MAX_BYTES / (1024 * 1024) + "MB 이하")));
	}

	@Test
	void anExportWithoutAReasonGoesBackToThatCoursesRosterWithTheMessageAndLogsNothing() throws Exception {
		Course course = openCourse("명단 내려받기 사유 시험", 5, 80);
		jdbc.update("insert into education_enrollment (course_id, participant_name, status, created_at)"
				+ " values (?, '사유 없는 내려받기', 'CONFIRMED', current_timestamp)", course.getId());
		long before = accessLogEntries("과정 " + course.getId() + ")");
		mvc.perform(post("/admin/education/" + course.getId() + "/roster/export").param("reason", "").with(csrf())
			.session(login(STAFF)))
			.andExpect(redirectedUrl("/admin/education/" + course.getId() + "/roster"))
			.andExpect(flash().attribute("error", ExportReason.REQUIRED));
		assertThat(accessLogEntries("과정 " + course.getId() + ")")).isEqualTo(before);
	}
}
