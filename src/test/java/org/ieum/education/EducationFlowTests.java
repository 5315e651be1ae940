package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ieum.centers.CentersApi;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.course.Instructor;
import org.ieum.education.course.InstructorRepository;
import org.ieum.education.demo.DemoCourses;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.education.enrollment.Question;
import org.ieum.education.enrollment.QuestionRepository;
import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;

@IeumSpringTest
class EducationFlowTests {

	private static final String PASSWORD = "ieum2026!";

	/** An account of this test's own: other tests delete or change some demo accounts. */
	private static final String LEARNER = "edu-learner@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseSessionRepository sessions;

	@Autowired
	QuestionRepository questions;

	@Autowired
	Enrollments enrollments;

	@Autowired
	EducationApi educationApi;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Clock clock;

	@Autowired
	InstructorRepository instructors;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	@BeforeEach
	void learnerAccount() {
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, LEARNER) == 0) {
			jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
					+ "select ?, password_hash, '교육 수강생', 'ACTIVE', current_timestamp from identity_account where email = ?",
					LEARNER, "staff.gimhae@ieum.example");
			jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
					accountId(LEARNER));
		}
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

	private Course course(String slug, String title, int capacity, LocalDate opens, LocalDate closes,
			boolean approval, Integer minAge, Integer maxAge) {
		return courses.save(new Course(centerId(slug), new CourseDetails(CourseKind.ACADEMY, title, "시험 과정",
				TargetGroup.ANYONE, minAge, maxAge, "시험 교육장", capacity, opens, closes, today().plusDays(5), approval, 80,
				Set.of()), Instant.now()));
	}

	private Course openCourse(String slug, String title, int capacity) {
		return course(slug, title, capacity, today().minusDays(1), today().plusDays(5), false, null, null);
	}

	private CourseSession session(Course course, LocalDate day) {
		return sessions.save(new CourseSession(course.getId(), day.atTime(LocalTime.of(0, 0)).atZone(Seoul.ZONE).toInstant(),
				day.atTime(LocalTime.of(23, 0)).atZone(Seoul.ZONE).toInstant(), "시험 학교", "CODE" + course.getId() % 100));
	}

	private String statusOf(long courseId, String email) {
		return jdbc.queryForObject(
				"select status from education_enrollment where course_id = ? and account_id = ? order by id desc limit 1",
				String.class, courseId, accountId(email));
	}

	private long enrollmentId(long courseId, String email) {
		return jdbc.queryForObject(
				"select id from education_enrollment where course_id = ? and account_id = ? order by id desc limit 1",
				Long.class, courseId, accountId(email));
	}

	private int enrollmentCount(long courseId) {
		return jdbc.queryForObject("select count(*) from education_enrollment where course_id = ?", Integer.class, courseId);
	}

	@Test
	void fullCourseOffersTheWaitlistAndACancellationPromotesTheNextPersonWithAnEmail() throws Exception {
		Course course = openCourse("gimhae", "대기 승격 시험", 1);
		String page = "/c/gimhae/education/" + course.getId();
		MockHttpSession member = login("member@ieum.example");
		MockHttpSession citizen = login("citizen@ieum.example");

		mvc.perform(post(page + "/enroll").with(csrf()).session(member))
			.andExpect(redirectedUrl(page + "#enroll"))
			.andExpect(flash().attribute("notice", "education.notice.CONFIRMED"));
		mvc.perform(get(page)).andExpect(content().string(containsString("마감 (정원 1명)")));
		// the course page now says where the person stands instead of offering the button again
		String enrolled = mvc.perform(get(page).session(member)).andReturn().getResponse().getContentAsString();
		assertThat(enrolled).contains("id=\"my-place\"", "신청 완료").doesNotContain("/enroll\"");

		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen))
			.andExpect(redirectedUrl(page + "#enroll"))
			.andExpect(flash().attribute("error", "education.error.full"));
		assertThat(enrollmentCount(course.getId())).isEqualTo(1);
		mvc.perform(get(page).session(citizen)).andExpect(content().string(containsString("대기 신청하기")));

		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen).param("waitlist", "true"))
			.andExpect(flash().attribute("notice", "education.notice.WAITLISTED"));
		assertThat(statusOf(course.getId(), "citizen@ieum.example")).isEqualTo("WAITLISTED");
		mvc.perform(get("/my/education").session(citizen)).andExpect(content().string(containsString("대기 1번")));
		String waiting = mvc.perform(get(page).session(citizen)).andReturn().getResponse().getContentAsString();
		assertThat(waiting).contains("대기 1번").doesNotContain("대기 신청하기").doesNotContain("/enroll\"");

		mvc.perform(post("/my/education/" + enrollmentId(course.getId(), "member@ieum.example") + "/cancel").with(csrf())
			.session(member)).andExpect(flash().attribute("notice", "education.notice.cancelled"));
		assertThat(statusOf(course.getId(), "member@ieum.example")).isEqualTo("CANCELLED");
		assertThat(statusOf(course.getId(), "citizen@ieum.example")).isEqualTo("CONFIRMED");
		assertThat(jdbc.queryForObject("select seats_taken from education_course where id = ?", Integer.class,
				course.getId())).isEqualTo(1);

		outbox.sendAllDue();
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals("citizen@ieum.example")
						&& m.getSubject().contains("대기에서 신청이 확정") && m.getSubject().contains("대기 승격 시험");
			}
			catch (Exception ex) {
				return false;
			}
		})).hasSize(1);
	}

	@Test
	void refusalsExplainInKoreanAndChangeNothing() throws Exception {
		MockHttpSession citizen = login("citizen@ieum.example");
		Course closed = course("gimhae", "마감된 과정", 10, today().minusDays(10), today().minusDays(1), false, null, null);
		mvc.perform(post("/c/gimhae/education/" + closed.getId() + "/enroll").with(csrf()).session(citizen))
			.andExpect(flash().attribute("error", "education.error.notOpen"));
		Course notYet = course("gimhae", "신청 전 과정", 10, today().plusDays(1), today().plusDays(9), false, null, null);
		assertThatThrownBy(() -> enrollments.enroll(notYet.getId(), person("citizen@ieum.example"), Map.of()))
			.hasMessage("education.error.notOpen");

		Course open = openCourse("gimhae", "중복 신청 과정", 10);
		enrollments.enroll(open.getId(), person("citizen@ieum.example"), Map.of());
		mvc.perform(post("/c/gimhae/education/" + open.getId() + "/enroll").with(csrf()).session(citizen))
			.andExpect(flash().attribute("error", "education.error.twice"));
		assertThatThrownBy(() -> enrollments.joinWaitlist(open.getId(), person("citizen@ieum.example"), Map.of()))
			.hasMessage("education.error.twice");

		Course middleSchool = course("gimhae", "중학생 과정", 10, today().minusDays(1), today().plusDays(3), false, 12, 16);
		// adults without a birth date on file cannot show they are of age
		mvc.perform(post("/c/gimhae/education/" + middleSchool.getId() + "/enroll").with(csrf()).session(citizen))
			.andExpect(flash().attribute("error", "education.error.notEligible"));
		// the 12-year-old demo account still waits for guardian consent
		assertThatThrownBy(() -> enrollments.enroll(middleSchool.getId(), person("youth@ieum.example"), Map.of()))
			.hasMessage("education.error.guardian");

		assertThat(enrollmentCount(closed.getId()) + enrollmentCount(notYet.getId()) + enrollmentCount(middleSchool.getId()))
			.isZero();
		assertThat(enrollmentCount(open.getId())).isEqualTo(1);
		mvc.perform(get("/c/gimhae/education/" + open.getId()).session(citizen).header("Accept-Language", "ko"))
			.andExpect(status().isOk());
	}

	@Test
	void cancellingAfterTheDeadlineIsRefused() throws Exception {
		Course course = courses.save(new Course(centerId("gimhae"), new CourseDetails(CourseKind.FORUM, "취소 마감 과정",
				null, TargetGroup.ANYONE, null, null, null, 5, today().minusDays(5), today().plusDays(5),
				today().minusDays(1), false, 80, Set.of()), Instant.now()));
		enrollments.enroll(course.getId(), person(LEARNER), Map.of());
		MockHttpSession expert = login(LEARNER);
		mvc.perform(post("/my/education/" + enrollmentId(course.getId(), LEARNER) + "/cancel").with(csrf())
			.session(expert)).andExpect(flash().attribute("error", "education.error.cancelDeadline"));
		assertThat(statusOf(course.getId(), LEARNER)).isEqualTo("CONFIRMED");
	}

	@Test
	void staffManageOnlyTheirOwnCentersCourses() throws Exception {
		Course busan = openCourse("busan", "부산 전용 과정", 10);
		MockHttpSession gimhaeStaff = login("staff.gimhae@ieum.example");
		mvc.perform(get("/admin/education/" + busan.getId()).session(gimhaeStaff)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/education/" + busan.getId() + "/roster").session(gimhaeStaff))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/education/" + busan.getId() + "/enrollments/1/cancel").with(csrf()).session(gimhaeStaff))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/education").session(gimhaeStaff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(DemoCourses.YOUTH_COURSE)))
			.andExpect(content().string(not(containsString("부산 전용 과정"))));
		mvc.perform(post("/admin/education/new").with(csrf()).session(gimhaeStaff)
			.param("centerId", String.valueOf(centerId("busan"))).param("kind", "ACADEMY").param("title", "남의 센터 과정")
			.param("targetGroup", "ANYONE").param("capacity", "10").param("registrationOpens", today().toString())
			.param("registrationCloses", today().plusDays(3).toString()).param("cancelUntil", today().plusDays(3).toString())
			.param("completionPercent", "80")).andExpect(status().isForbidden());

		MvcResult created = mvc.perform(post("/admin/education/new").with(csrf()).session(gimhaeStaff)
			.param("centerId", String.valueOf(centerId("gimhae"))).param("kind", "CAREER").param("title", "직원이 만든 진로체험")
			.param("targetGroup", "MIDDLE_SCHOOL").param("capacity", "25").param("registrationOpens", today().toString())
			.param("registrationCloses", today().plusDays(3).toString()).param("cancelUntil", today().plusDays(3).toString())
			.param("completionPercent", "80")).andExpect(status().is3xxRedirection()).andReturn();
		String edit = created.getResponse().getRedirectedUrl();
		mvc.perform(post(edit + "/sessions").with(csrf()).session(gimhaeStaff).param("date", today().plusDays(4).toString())
			.param("starts", "10:00").param("ends", "09:00")).andExpect(content().string(containsString("끝 시각이 시작 시각보다 늦어야")));
		mvc.perform(post(edit + "/sessions").with(csrf()).session(gimhaeStaff).param("date", today().plusDays(4).toString())
			.param("starts", "10:00").param("ends", "12:00").param("place", "김해 ○○중학교"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/c/gimhae/education?kind=CAREER&open=true"))
			.andExpect(content().string(containsString("직원이 만든 진로체험")))
			.andExpect(content().string(containsString("잔여 25석")));
		mvc.perform(get("/c/gimhae/education?kind=FESTIVAL"))
			.andExpect(content().string(not(containsString("직원이 만든 진로체험"))));
		mvc.perform(get("/c/gimhae/education/calendar?month=" + today().plusDays(4).toString().substring(0, 7)))
			.andExpect(content().string(containsString("직원이 만든 진로체험")));
		mvc.perform(post(edit).with(csrf()).session(gimhaeStaff).param("kind", "CAREER").param("title", "직원이 만든 진로체험")
			.param("targetGroup", "MIDDLE_SCHOOL").param("capacity", "0").param("registrationOpens", today().toString())
			.param("registrationCloses", today().minusDays(3).toString()).param("cancelUntil", today().toString())
			.param("completionPercent", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("정원은 1명에서 10,000명 사이")))
			.andExpect(content().string(containsString("신청 마감일이 신청 시작일보다 빠릅니다")));
	}

	@Test
	void attendanceLeadsToACertificateAnyoneCanVerify() throws Exception {
		Course course = openCourse("gimhae", "수료증 시험 과정", 10);
		CourseSession past = session(course, today().minusDays(1));
		CourseSession now = session(course, today());
		enrollments.enroll(course.getId(), person("member@ieum.example"), Map.of());
		long enrollment = enrollmentId(course.getId(), "member@ieum.example");
		MockHttpSession member = login("member@ieum.example");

		mvc.perform(get("/my/education/" + enrollment + "/certificate.pdf").session(member))
			.andExpect(flash().attribute("error", "education.error.notCompleted"));

		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String list = "/admin/education/" + course.getId() + "/sessions/" + past.getId() + "/attendance";
		mvc.perform(get(list).session(staff))
			.andExpect(content().string(containsString(past.getCheckInCode())))
			.andExpect(content().string(containsString("action=\"" + list + "\"")));
		mvc.perform(post(list).with(csrf()).session(staff).param("present", String.valueOf(enrollment)))
			.andExpect(redirectedUrl(list));
		mvc.perform(post("/my/education/" + enrollment + "/check-in").with(csrf()).session(member).param("code", "WRONG1"))
			.andExpect(flash().attribute("error", "education.error.checkInCode"));
		mvc.perform(post("/my/education/" + enrollment + "/check-in").with(csrf()).session(member)
			.param("code", now.getCheckInCode().toLowerCase())).andExpect(flash().attribute("notice", "education.notice.checkedIn"));

		MvcResult pdf = mvc.perform(get("/my/education/" + enrollment + "/certificate.pdf").session(member))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		String number = jdbc.queryForObject("select certificate_number from education_enrollment where id = ?",
				String.class, enrollment);
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("행복베이커리 대표", number, "수료증 시험 과정", "김해", "/certificates/" + number)
				.doesNotContain("\u0000");
		}
		mvc.perform(get("/certificates/" + number))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("행복베이커리 대표")))
			.andExpect(content().string(containsString("수료증 시험 과정")))
			.andExpect(content().string(not(containsString("member@ieum.example"))));
		mvc.perform(get("/certificates/2026-NOTAN-UMBER"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("발급 기록이 없는 번호")));

		// the survey opened with the last session; one answer per person
		mvc.perform(post("/my/education/" + enrollment + "/survey").with(csrf()).session(member).param("rating", "5")
			.param("comment", "보드게임 수업이 재미있었어요")).andExpect(flash().attribute("notice", "education.notice.surveyThanks"));
		mvc.perform(post("/my/education/" + enrollment + "/survey").with(csrf()).session(member).param("rating", "1"))
			.andExpect(flash().attribute("error", "education.error.surveyTwice"));
		mvc.perform(get("/admin/education/" + course.getId() + "/survey").session(staff))
			.andExpect(content().string(containsString("보드게임 수업이 재미있었어요")))
			.andExpect(content().string(containsString("5.0")));
	}

	@Test
	void surveyWaitsForTheLastSessionAndRatingsStayBetweenOneAndFive() throws Exception {
		Course course = openCourse("gimhae", "설문 대기 과정", 10);
		session(course, today().plusDays(3));
		enrollments.enroll(course.getId(), person(LEARNER), Map.of());
		long enrollment = enrollmentId(course.getId(), LEARNER);
		MockHttpSession expert = login(LEARNER);
		mvc.perform(post("/my/education/" + enrollment + "/survey").with(csrf()).session(expert).param("rating", "4"))
			.andExpect(flash().attribute("error", "education.error.surveyNotYet"));
		assertThat(jdbc.queryForObject("select count(*) from education_survey_response where course_id = ?", Integer.class,
				course.getId())).isZero();
	}

	@Test
	void staffEnrollAWholeClassOrNobody() throws Exception {
		Course course = openCourse("gimhae", "학급 단체 과정", 3);
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String roster = "/admin/education/" + course.getId() + "/roster";
		mvc.perform(post("/admin/education/" + course.getId() + "/groups").with(csrf()).session(staff)
			.param("groupName", "○○중학교 2학년 3반").param("contactName", "김교사")
			.param("participants", "학생1\n학생2\n학생3\n학생4"))
			.andExpect(flash().attribute("error", "education.error.groupFull"));
		assertThat(enrollmentCount(course.getId())).isZero();
		mvc.perform(post("/admin/education/" + course.getId() + "/groups").with(csrf()).session(staff)
			.param("groupName", "○○중학교 2학년 3반").param("contactName", "김교사")
			.param("participants", "학생1\r\n\r\n학생2\n학생3\n"))
			.andExpect(flash().attribute("notice", "education.notice.groupEnrolled"));
		assertThat(enrollmentCount(course.getId())).isEqualTo(3);
		mvc.perform(get(roster).session(staff))
			.andExpect(content().string(containsString("학생2")))
			.andExpect(content().string(containsString("○○중학교 2학년 3반")));
	}

	@Test
	void openingARosterWithParticipantsIsWrittenToThePersonalDataAccessLog() throws Exception {
		Course course = openCourse("gimhae", "명단 기록 과정", 3);
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String roster = "/admin/education/" + course.getId() + "/roster";
		String detail = "교육 신청자 명단 조회 (과정 " + course.getId() + ")%";
		String logged = "select count(*) from identity_personal_data_access where action = 'LIST' and detail like ?";
		mvc.perform(get(roster).session(staff)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(logged, Long.class, detail)).isZero();
		mvc.perform(post("/admin/education/" + course.getId() + "/groups").with(csrf()).session(staff)
			.param("groupName", "명단반").param("contactName", "김교사").param("participants", "학생1\n학생2"))
			.andExpect(flash().attribute("notice", "education.notice.groupEnrolled"));
		mvc.perform(get(roster).session(staff)).andExpect(content().string(containsString("학생2")));
		assertThat(jdbc.queryForObject(logged, Long.class, detail)).isOne();
		assertThat(jdbc.queryForObject("select actor_email from identity_personal_data_access where detail like ?",
				String.class, detail)).isEqualTo("staff.gimhae@ieum.example");
	}

	@Test
	void questionsAndApprovalBeforeASeatIsConfirmed() throws Exception {
		Course course = course("gimhae", "승인 과정", 1, today().minusDays(1), today().plusDays(3), true, null, null);
		Question motivation = questions.save(new Question(course.getId(), 1, "신청 동기를 적어 주세요."));
		MockHttpSession citizen = login("citizen@ieum.example");
		String page = "/c/gimhae/education/" + course.getId();
		mvc.perform(get(page).session(citizen)).andExpect(content().string(containsString("신청 동기를 적어 주세요.")));
		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen))
			.andExpect(flash().attribute("error", "education.error.answerRequired"));
		assertThat(enrollmentCount(course.getId())).isZero();
		mvc.perform(post(page + "/enroll").with(csrf()).session(citizen).param("answer-" + motivation.getId(), "마을 카페 창업"))
			.andExpect(flash().attribute("notice", "education.notice.PENDING_APPROVAL"));
		enrollments.joinWaitlist(course.getId(), person(LEARNER), Map.of(motivation.getId(), "돌봄"));

		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String roster = "/admin/education/" + course.getId() + "/roster";
		mvc.perform(get(roster).session(staff)).andExpect(content().string(containsString("마을 카페 창업")));
		mvc.perform(post("/admin/education/" + course.getId() + "/enrollments/"
				+ enrollmentId(course.getId(), "citizen@ieum.example") + "/reject").with(csrf()).session(staff))
			.andExpect(flash().attribute("notice", "education.notice.reject"));
		// the freed seat goes to the waitlist, still awaiting approval
		assertThat(statusOf(course.getId(), LEARNER)).isEqualTo("PENDING");
		mvc.perform(post("/admin/education/" + course.getId() + "/enrollments/"
				+ enrollmentId(course.getId(), LEARNER) + "/approve").with(csrf()).session(staff));
		assertThat(statusOf(course.getId(), LEARNER)).isEqualTo("CONFIRMED");
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, LEARNER, "%승인 과정 신청이 승인%")).isEqualTo(1);
	}

	@Test
	void materialsAreCheckedByContentAndDownloadedAsAttachments() throws Exception {
		Course course = openCourse("gimhae", "자료 과정", 5);
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String upload = "/admin/education/" + course.getId() + "/materials";
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "workbook.pdf", "application/pdf",
				"<script>alert(1)</script>".getBytes())).param("title", "가짜 워크북").with(csrf()).session(staff))
			.andExpect(flash().attribute("error", "education.error.fileType"));
		byte[] pdf = Files.minimalPdf();
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "워크북.pdf", "application/octet-stream", pdf))
			.param("title", "학생용 워크북").with(csrf()).session(staff))
			.andExpect(flash().attribute("notice", "education.notice.materialAdded"));
		long id = jdbc.queryForObject("select id from education_material where course_id = ?", Long.class, course.getId());
		mvc.perform(get("/education/materials/" + id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/c/gimhae/education/" + course.getId())).andExpect(content().string(containsString("학생용 워크북")));
	}

	@Test
	void aMaterialForParticipantsOrStaffIsServedOnlyToThem() throws Exception {
		Course course = openCourse("gimhae", "자료 권한 과정", 5);
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		String upload = "/admin/education/" + course.getId() + "/materials";
		byte[] pdf = Files.minimalPdf();
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "slides.pdf", "application/pdf", pdf))
			.param("title", "참가자 발표자료").param("audience", "PARTICIPANTS").with(csrf()).session(staff))
			.andExpect(flash().attribute("notice", "education.notice.materialAdded"));
		mvc.perform(multipart(upload).file(new MockMultipartFile("file", "guide.pdf", "application/pdf", pdf))
			.param("title", "강사 지도서 원본").param("audience", "STAFF").with(csrf()).session(staff))
			.andExpect(flash().attribute("notice", "education.notice.materialAdded"));
		long slides = jdbc.queryForObject("select id from education_material where course_id = ? and audience = 'PARTICIPANTS'",
				Long.class, course.getId());
		long guide = jdbc.queryForObject("select id from education_material where course_id = ? and audience = 'STAFF'",
				Long.class, course.getId());

		// anonymous visitors are sent to log in; the course page still names both, marked
		mvc.perform(get("/education/materials/" + slides)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/c/gimhae/education/" + course.getId()))
			.andExpect(content().string(containsString("참가자 전용")))
			.andExpect(content().string(containsString("직원 전용")));
		// a member who has not enrolled may not download either
		MockHttpSession learner = login(LEARNER);
		mvc.perform(get("/education/materials/" + slides).session(learner)).andExpect(status().isForbidden());
		enrollments.enroll(course.getId(), person(LEARNER), Map.of());
		mvc.perform(get("/education/materials/" + slides).session(learner))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		mvc.perform(get("/education/materials/" + guide).session(learner)).andExpect(status().isForbidden());
		// staff of the course's center may download both; staff of another center neither
		mvc.perform(get("/education/materials/" + guide).session(staff)).andExpect(status().isOk());
		MockHttpSession busan = login("staff.busan@ieum.example");
		mvc.perform(get("/education/materials/" + guide).session(busan)).andExpect(status().isForbidden());
		mvc.perform(get("/education/materials/" + slides).session(busan)).andExpect(status().isForbidden());
	}

	@Test
	void theJsonApiFollowsThePageRules() throws Exception {
		Course course = openCourse("gimhae", "API 과정", 1);
		mvc.perform(get("/api/v1/courses?center=gimhae&open=true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + course.getId() + ")].seatsLeft").value(1));
		mvc.perform(get("/api/v1/courses/" + course.getId())).andExpect(jsonPath("$.title").value("API 과정"));
		mvc.perform(get("/api/v1/courses/enrollments/mine")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/courses/" + course.getId() + "/enrollments")).andExpect(status().isUnauthorized());

		String token = token("member@ieum.example");
		mvc.perform(post("/api/v1/courses/" + course.getId() + "/enrollments").header("Authorization", "Bearer " + token)
			.contentType("application/json").content("{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("CONFIRMED"));
		mvc.perform(post("/api/v1/courses/" + course.getId() + "/enrollments").header("Authorization", "Bearer " + token)
			.contentType("application/json").content("{}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.detail").value("이미 이 과정에 신청했습니다."));
		String other = token(LEARNER);
		mvc.perform(post("/api/v1/courses/" + course.getId() + "/enrollments").header("Authorization", "Bearer " + other)
			.contentType("application/json").content("{}"))
			.andExpect(jsonPath("$.outcome").value("FULL"));
		mvc.perform(get("/api/v1/courses/enrollments/mine").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[?(@.courseId == " + course.getId() + ")].status").value("CONFIRMED"));
		mvc.perform(post("/api/v1/courses/enrollments/" + enrollmentId(course.getId(), "member@ieum.example") + "/cancel")
			.header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(containsString("/api/v1/courses/{id}/enrollments")));
	}

	private String token(String email) throws Exception {
		MvcResult created = mvc.perform(post("/my/tokens").with(csrf()).session(login(email)).param("name", "교육 시험")
			.param("days", "30")).andReturn();
		return (String) created.getFlashMap().get("newToken");
	}

	@Test
	void figuresPerKindAndYearForStatistics() {
		long center = 870_777L;
		LocalDate day = LocalDate.of(2025, 5, 10);
		Course course = courses.save(new Course(center, new CourseDetails(CourseKind.YOUTH, "통계 과정", null,
				TargetGroup.ANYONE, null, null, null, 10, today().minusDays(1), today().plusDays(1), today().plusDays(1),
				false, 50, Set.of()), Instant.now()));
		// enrolled before the sessions are set in the past: a course that is over takes no enrollments
		enrollments.enroll(course.getId(), person("member@ieum.example"), Map.of());
		enrollments.enroll(course.getId(), person(LEARNER), Map.of());
		CourseSession first = session(course, day);
		session(course, day.plusDays(7));
		jdbc.update("insert into education_attendance (enrollment_id, session_id, checked_at) values (?, ?, current_timestamp)",
				enrollmentId(course.getId(), "member@ieum.example"), first.getId());
		jdbc.update("insert into education_survey_response (enrollment_id, course_id, rating, created_at) values (?, ?, 4, current_timestamp)",
				enrollmentId(course.getId(), "member@ieum.example"), course.getId());

		List<CourseKindFigures> figures = educationApi.figures(List.of(center));
		assertThat(figures).containsExactly(new CourseKindFigures(center, 2025, CourseKind.YOUTH, 1, 2, 1, 0.5, 4.0, 1));
	}

	/** A tiny valid PDF for uploads. */
	static final class Files {

		static byte[] minimalPdf() throws Exception {
			try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
				document.addPage(new PDPage());
				document.save(out);
				return out.toByteArray();
			}
		}
	}

	@Test
	void raisingTheCapacityPromotesTheWaitlistInOrder() throws Exception {
		Course course = openCourse("gimhae", "정원 증원 과정", 1);
		enrollments.enroll(course.getId(), person("citizen@ieum.example"), Map.of());
		enrollments.joinWaitlist(course.getId(), person(LEARNER), Map.of());
		enrollments.joinWaitlist(course.getId(), person("member@ieum.example"), Map.of());
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		mvc.perform(post("/admin/education/" + course.getId()).with(csrf()).session(staff).param("kind", "ACADEMY")
			.param("title", "정원 증원 과정").param("targetGroup", "ANYONE").param("capacity", "2")
			.param("registrationOpens", today().minusDays(1).toString()).param("registrationCloses", today().plusDays(5).toString())
			.param("cancelUntil", today().plusDays(5).toString()).param("completionPercent", "80"))
			.andExpect(flash().attribute("notice", "education.notice.saved"));
		assertThat(statusOf(course.getId(), LEARNER)).isEqualTo("CONFIRMED");
		assertThat(statusOf(course.getId(), "member@ieum.example")).isEqualTo("WAITLISTED");
		mvc.perform(post("/admin/education/" + course.getId()).with(csrf()).session(staff).param("kind", "ACADEMY")
			.param("title", "정원 증원 과정").param("targetGroup", "ANYONE").param("capacity", "1")
			.param("registrationOpens", today().minusDays(1).toString()).param("registrationCloses", today().plusDays(5).toString())
			.param("cancelUntil", today().plusDays(5).toString()).param("completionPercent", "80"))
			.andExpect(content().string(containsString("이미 신청한 인원보다 정원을 줄일 수 없습니다")));
	}

	@Test
	void instructorPoolIsPerCenter() throws Exception {
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		mvc.perform(post("/admin/education/instructors").with(csrf()).session(staff)
			.param("centerId", String.valueOf(centerId("busan"))).param("name", "남의 강사")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/education/instructors").with(csrf()).session(staff)
			.param("centerId", String.valueOf(centerId("gimhae"))).param("name", "새 양성 강사").param("expertise", "협동조합")
			.param("trained", "true")).andExpect(flash().attribute("notice", "education.notice.instructorAdded"));
		long id = jdbc.queryForObject("select id from education_instructor where name = '새 양성 강사'", Long.class);
		assertThat(jdbc.queryForObject("select trained from education_instructor where id = ?", Boolean.class, id)).isTrue();
		mvc.perform(post("/admin/education/instructors/" + id + "/trained").with(csrf()).session(staff).param("trained", "false"));
		assertThat(jdbc.queryForObject("select trained from education_instructor where id = ?", Boolean.class, id)).isFalse();
		long busanInstructor = instructors.save(new Instructor(centerId("busan"), "부산 강사", null, false, Instant.now())).getId();
		mvc.perform(post("/admin/education/instructors/" + busanInstructor + "/trained").with(csrf()).session(staff)
			.param("trained", "true")).andExpect(status().isForbidden());
	}

	@Test
	void aDeletedAccountKeepsTheSeatFiguresButNotTheName() {
		Course course = openCourse("gimhae", "탈퇴 과정", 3);
		jdbc.update("insert into identity_account (email, display_name, status, created_at) values ('edu-leaver@example.kr', '떠나는 회원', 'ACTIVE', current_timestamp)");
		enrollments.enroll(course.getId(), person("edu-leaver@example.kr"), Map.of());
		// a course that is over: its places count in the figures (places in coming courses are given back)
		session(course, today().minusDays(2));
		long account = accountId("edu-leaver@example.kr");
		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(account)));
		assertThat(jdbc.queryForMap("select account_id, participant_name, participant_email, status from education_enrollment where course_id = ?",
				course.getId())).containsEntry("account_id", null).containsEntry("participant_name", "탈퇴한 회원")
			.containsEntry("participant_email", null).containsEntry("status", "CONFIRMED");
	}

	@Test
	void visitorsAreSentToLoginBeforeEnrolling() throws Exception {
		Course course = openCourse("gimhae", "로그인 필요 과정", 3);
		mvc.perform(get("/c/gimhae/education/" + course.getId())).andExpect(content().string(containsString("로그인하고 신청하기")));
		mvc.perform(post("/c/gimhae/education/" + course.getId() + "/enroll").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", containsString("/login")));
		assertThat(enrollmentCount(course.getId())).isZero();
		mvc.perform(get("/c/busan/education/" + course.getId())).andExpect(status().isNotFound());
	}

	@Autowired
	CentersApi centersApi;

	/** A weekday at least {@code daysAhead} away on which Gimhae's main site is open 10:00 to 18:00. */
	private LocalDate gimhaeOpenDay(int daysAhead) {
		long site = jdbc.queryForObject("select id from centers_site where center_id = ? and main_site = true", Long.class,
				centerId("gimhae"));
		for (LocalDate d = today().plusDays(daysAhead); ; d = d.plusDays(1)) {
			var hours = centersApi.hoursOn(site, d);
			if (hours.open() && !hours.opens().isAfter(LocalTime.of(10, 0)) && !hours.closes().isBefore(LocalTime.of(18, 0))) {
				return d;
			}
		}
	}

	private long gimhaeRoom(String name) {
		long site = jdbc.queryForObject("select id from centers_site where center_id = ? and main_site = true", Long.class,
				centerId("gimhae"));
		jdbc.update("""
				insert into spaces_space (center_id, site_id, name, kind, capacity, audience, hourly_fee_won, min_minutes,
				  max_minutes, min_days_ahead, max_days_ahead, buffer_minutes, needs_approval, cancel_hours_before, active,
				  created_at)
				values (?, ?, ?, 'EDUCATION_HALL', 100, 'SIGNED_IN', 0, 60, 240, 0, 60, 0, false, 24, true, current_timestamp)""",
				centerId("gimhae"), site, name);
		return jdbc.queryForObject("select max(id) from spaces_space where name = ?", Long.class, name);
	}

	private ResultActions rent(MockHttpSession who, long room, LocalDate day,
			String from, String to) throws Exception {
		return mvc.perform(post("/c/gimhae/spaces/" + room).with(csrf()).session(who).param("date", day.toString())
			.param("start", from).param("end", to).param("purpose", "대관 시험").param("headcount", "3").param("weeks", "1"));
	}

	@Test
	void aSessionInACenterRoomBooksItSoNoRentalOverlapsAndMovingOrRemovingItMovesOrFreesTheRoom() throws Exception {
		long room = gimhaeRoom("100석 교육장 시험 " + System.nanoTime());
		LocalDate day = gimhaeOpenDay(3);
		Course course = openCourse("gimhae", "공간 예약 과정 " + System.nanoTime(), 30);
		String admin = "/admin/education/" + course.getId();
		MockHttpSession staff = login("staff.gimhae@ieum.example");
		MockHttpSession citizen = login("citizen@ieum.example");

		mvc.perform(get(admin).session(staff)).andExpect(content().string(containsString("센터 공간")));
		mvc.perform(post(admin + "/sessions").with(csrf()).session(staff).param("date", day.toString())
				.param("starts", "10:00").param("ends", "12:00").param("place", "").param("roomId", String.valueOf(room)))
			.andExpect(redirectedUrl(admin + "#sessions"));
		CourseSession held = sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId()).get(0);
		assertThat(held.getSpaceReservationId()).isNotNull();
		assertThat(held.getPlace()).startsWith("100석 교육장 시험");
		assertThat(jdbc.queryForObject("select held_for_course from spaces_reservation where id = ?", Boolean.class,
				held.getSpaceReservationId())).isTrue();

		// the room's page shows the time taken, and a rental of it is refused
		String roomPage = mvc.perform(get("/c/gimhae/spaces/" + room).param("date", day.toString()))
			.andReturn().getResponse().getContentAsString();
		assertThat(roomPage).contains("10:00 예약됨", "11:30 예약됨");
		rent(citizen, room, day, "11:00", "12:00").andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 예약된 시간입니다")));

		// a second session that needs the room at an overlapping time is refused, naming the conflict
		mvc.perform(post(admin + "/sessions").with(csrf()).session(staff).param("date", day.toString())
				.param("starts", "11:00").param("ends", "13:00").param("place", "").param("roomId", String.valueOf(room)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 예약되어 있습니다")))
			.andExpect(content().string(containsString("교육: " + course.getTitle())));
		assertThat(sessions.findByCourseIdOrderByStartsAtAscIdAsc(course.getId())).hasSize(1);

		// moving the session moves its booking: the old time is free, the new one taken
		mvc.perform(post(admin + "/sessions/" + held.getId()).with(csrf()).session(staff).param("date", day.toString())
				.param("starts", "14:05").param("ends", "15:55").param("place", "").param("roomId", String.valueOf(room)))
			.andExpect(redirectedUrl(admin + "#sessions"));
		// a session off the grid holds the whole 10-minute cells it touches
		assertThat(jdbc.queryForList("select starts_at, ends_at from spaces_reservation where id = ?",
				held.getSpaceReservationId()).get(0).values().stream().map(EducationFlowTests::instant).toList())
			.containsExactly(day.atTime(14, 0).atZone(Seoul.ZONE).toInstant(), day.atTime(16, 0).atZone(Seoul.ZONE).toInstant());
		rent(citizen, room, day, "10:00", "11:00").andExpect(status().is3xxRedirection());
		rent(citizen, room, day, "15:00", "16:00").andExpect(content().string(containsString("이미 예약된 시간입니다")));
		// the citizen's rental is no course hold, so no course session can ever move or free it
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where space_id = ? and held_for_course",
				Long.class, room)).isEqualTo(1);

		// a rental already in the way refuses the move and changes nothing
		mvc.perform(post(admin + "/sessions/" + held.getId()).with(csrf()).session(staff).param("date", day.toString())
				.param("starts", "10:00").param("ends", "12:00").param("place", "").param("roomId", String.valueOf(room)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("대관 시험")));
		assertThat(sessions.findById(held.getId()).orElseThrow().getStartsAt())
			.isEqualTo(day.atTime(14, 5).atZone(Seoul.ZONE).toInstant());

		// removing the session frees the room
		mvc.perform(post(admin + "/sessions/" + held.getId() + "/delete").with(csrf()).session(staff))
			.andExpect(redirectedUrl(admin + "#sessions"));
		assertThat(jdbc.queryForObject("select status from spaces_reservation where id = ?", String.class,
				held.getSpaceReservationId())).isEqualTo("CANCELLED");
		rent(citizen, room, day, "15:00", "16:00").andExpect(status().is3xxRedirection());
	}

	/** Every demo session falls on a day and at hours its center is open, and on the weekday its description names. */
	@Test
	void demoSessionsFallWithinTheirCentersOpeningHoursAndOnTheWeekdayTheySay() {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select c.center_id, c.description, s.starts_at, s.ends_at from education_session s
				join education_course c on c.id = s.course_id
				where c.title in ('청소년 사회적경제 교육 (14차시)', '예비창업자 사회적경제 창업 아카데미', '사회적경제 기업 진로체험',
				  '도시 간 사회적경제 포럼', '사회적경제 아카데미 (기초)', '사회적기업 인증 설명회', '군산 사회적경제 한마당')""");
		assertThat(rows).hasSizeGreaterThanOrEqualTo(27);
		// Busan's academy meets in its rentable 100-seat hall, so the hall is booked for every session
		assertThat(jdbc.queryForList("""
				select r.status from education_session s join education_course c on c.id = s.course_id
				left join spaces_reservation r on r.id = s.space_reservation_id
				where c.title = '사회적경제 아카데미 (기초)'""", String.class)).hasSize(5).containsOnly("CONFIRMED");
		Map<String, DayOfWeek> named = Map.of("월요일", DayOfWeek.MONDAY, "화요일",
				DayOfWeek.TUESDAY, "수요일", DayOfWeek.WEDNESDAY, "목요일", DayOfWeek.THURSDAY,
				"금요일", DayOfWeek.FRIDAY, "토요일", DayOfWeek.SATURDAY, "일요일", DayOfWeek.SUNDAY);
		for (Map<String, Object> row : rows) {
			long center = ((Number) row.get("center_id")).longValue();
			long site = jdbc.queryForObject("select id from centers_site where center_id = ? and main_site = true",
					Long.class, center);
			var starts = Seoul.at(instant(row.get("starts_at")));
			var ends = Seoul.at(instant(row.get("ends_at")));
			var hours = centersApi.hoursOn(site, starts.toLocalDate());
			assertThat(hours.open()).as("open on " + starts).isTrue();
			assertThat(starts.toLocalTime()).as("starts within hours on " + starts).isAfterOrEqualTo(hours.opens());
			assertThat(ends.toLocalTime()).as("ends within hours on " + starts).isBeforeOrEqualTo(hours.closes());
			String description = String.valueOf(row.get("description"));
			named.forEach((word, weekday) -> {
				if (description.contains(word)) {
					assertThat(starts.getDayOfWeek()).as(description).isEqualTo(weekday);
				}
			});
		}
	}

	@Test
	void theCalendarPrintsTheYearWithoutAThousandsSeparatorInBothLanguages() throws Exception {
		int year = today().getYear();
		mvc.perform(get("/c/gimhae/education/calendar"))
			.andExpect(content().string(containsString(year + "년 " + today().getMonthValue() + "월")))
			.andExpect(content().string(not(containsString(String.format("%,d", year)))));
		mvc.perform(get("/c/gimhae/education/calendar").param("lang", "en"))
			.andExpect(content().string(containsString(today().getMonthValue() + "/" + year)));
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof Timestamp ts) {
			return ts.toInstant();
		}
		return (Instant) value;
	}
}
