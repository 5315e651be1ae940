package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The defects a review of the education module found, each pinned by the case that showed it. */
@IeumSpringTest
class EducationReviewFixesTests {

	private static final String PASSWORD = "ieum2026!";

	private static final String STAFF = "staff.gimhae@ieum.example";

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
	org.springframework.transaction.support.TransactionTemplate tx;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private CurrentUser person(String email) {
		String name = jdbc.queryForObject("select display_name from identity_account where email = ?", String.class, email);
		return new CurrentUser(accountId(email), email, name, Set.of(), Set.of());
	}

	private LocalDate today() {
		return Seoul.today(clock);
	}

	private Course openCourse(String title, int capacity, int completionPercent) {
		return courses.save(new Course(centerId("gimhae"), new CourseDetails(CourseKind.ACADEMY, title, null,
				TargetGroup.ANYONE, null, null, null, capacity, today().minusDays(10), today().plusDays(10),
				today().plusDays(10), false, completionPercent, Set.of()), Instant.now()));
	}

	private CourseSession session(Course course, LocalDate day, LocalTime starts, LocalTime ends) {
		return sessions.save(new CourseSession(course.getId(), day.atTime(starts).atZone(Seoul.ZONE).toInstant(),
				day.atTime(ends).atZone(Seoul.ZONE).toInstant(), null, "RVW" + course.getId() % 1000));
	}

	private long enrollmentId(long courseId, String email) {
		return jdbc.queryForObject(
				"select id from education_enrollment where course_id = ? and account_id = ? order by id desc limit 1",
				Long.class, courseId, accountId(email));
	}

	private String statusOf(long enrollmentId) {
		return jdbc.queryForObject("select status from education_enrollment where id = ?", String.class, enrollmentId);
	}

	private long accessLogEntries(String detailFragment) {
		return jdbc.queryForObject(
				"select count(*) from identity_personal_data_access where actor_email = ? and detail like ?", Long.class,
				STAFF, "%" + detailFragment + "%");
	}

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
	void staffOpeningAnAttendanceSheetOrPrintingACertificateIsInTheAccessLog() throws Exception {
		Course course = openCourse("출석부 기록 시험 과정", 5, 50);
		enrollments.enroll(course.getId(), person("member@ieum.example"), java.util.Map.of());
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
		enrollments.enroll(coming.getId(), leaver, java.util.Map.of());
		enrollments.enroll(past.getId(), leaver, java.util.Map.of());
		// the past course's only session is over now: move it there after enrolling
		jdbc.update("update education_session set starts_at = ?, ends_at = ? where id = ?",
				java.sql.Timestamp.from(today().minusDays(2).atTime(10, 0).atZone(Seoul.ZONE).toInstant()),
				java.sql.Timestamp.from(today().minusDays(2).atTime(12, 0).atZone(Seoul.ZONE).toInstant()), held.getId());
		enrollments.joinWaitlist(coming.getId(), person("citizen@ieum.example"), java.util.Map.of());
		long seat = enrollmentId(coming.getId(), "edu-review-leaver@example.kr");
		long pastSeat = enrollmentId(past.getId(), "edu-review-leaver@example.kr");
		long waiting = enrollmentId(coming.getId(), "citizen@ieum.example");

		long account = accountId("edu-review-leaver@example.kr");
		tx.executeWithoutResult(s -> events.publishEvent(new org.ieum.identity.AccountDeleted(account)));
		tx.executeWithoutResult(s -> events.publishEvent(new org.ieum.identity.AccountDeleted(account)));

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

	@Test
	void noCertificateBeforeTheCoursesLastSessionHasBegun() throws Exception {
		Course course = openCourse("수료 전 증명 시험", 5, 50);
		CourseSession first = session(course, today().minusDays(1), LocalTime.of(10, 0), LocalTime.of(12, 0));
		session(course, today().plusDays(7), LocalTime.of(10, 0), LocalTime.of(12, 0));
		enrollments.enroll(course.getId(), person("member@ieum.example"), java.util.Map.of());
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
	void theMaterialSizeStaffAreToldIsOneTheUploadActuallyAccepts(
			@org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-file-size}")
			org.springframework.util.unit.DataSize uploadLimit) throws Exception {
		assertThat(MaterialFiles.MAX_BYTES).isLessThanOrEqualTo(uploadLimit.toBytes());
		Course course = openCourse("자료 크기 안내 시험", 5, 80);
		mvc.perform(get("/admin/education/" + course.getId()).session(login(STAFF)))
			.andExpect(content().string(containsString("ZIP, " + MaterialFiles.MAX_BYTES / (1024 * 1024) + "MB 이하")));
	}

	@Test
	void aCertificateWhosePlaceStaffCancelledNoLongerVerifies() throws Exception {
		Course course = openCourse("취소된 수료증 시험", 5, 50);
		enrollments.enroll(course.getId(), person("member@ieum.example"), java.util.Map.of());
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
