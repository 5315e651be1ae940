package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.demo.DemoCourses;
import org.ieum.shared.Seoul;
import org.ieum.shared.mail.OutboxMessages;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.icegreen.greenmail.util.GreenMail;

/**
 * Enrolling, the waitlist, promotion with its e-mail, attendance and the certificate as
 * people do them in Chromium, and every education page under axe-core at desktop and 320 px.
 */
@IeumSpringTest
class EducationBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseSessionRepository sessions;

	@Autowired
	OutboxMessages outbox;

	@Autowired
	GreenMail greenMail;

	@Autowired
	Clock clock;

	private final List<String> problems = new ArrayList<>();

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private void logInAs(String email) {
		browser.driver().manage().deleteAllCookies();
		browser.logIn(email, PASSWORD);
	}


	private CourseSession session(Course course, LocalDate day) {
		return sessions.save(new CourseSession(course.getId(), day.atTime(LocalTime.of(0, 5)).atZone(Seoul.ZONE).toInstant(),
				day.atTime(LocalTime.of(23, 55)).atZone(Seoul.ZONE).toInstant(), "김해 ○○중학교", "BRW" + course.getId() % 1000));
	}

	@Test
	void enrollWaitForASeatGetPromotedAttendAndVerifyTheCertificate() {
		LocalDate today = Seoul.today(clock);
		Course course = courses.save(new Course(centerId("gimhae"), new CourseDetails(CourseKind.YOUTH, "브라우저 대기 과정",
				"한 자리뿐인 시험 과정", TargetGroup.ANYONE, null, null, "김해 교육장", 1, today.minusDays(1), today.plusDays(3),
				today.plusDays(3), false, 100, Set.of()), Instant.now()));
		CourseSession yesterday = session(course, today.minusDays(1));
		CourseSession todays = session(course, today);
		String page = "/c/gimhae/education/" + course.getId();

		logInAs("citizen@ieum.example");
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open(page);
		assertThat(browser.awaitText("#seats", "잔여 1석")).contains("잔여 1석");
		browser.press("신청하기");
		assertThat(browser.awaitText(".flash-notice", "신청이 확정되었습니다.")).isEqualTo("신청이 확정되었습니다.");
		// the confirmation is the course page in the center's portal, with the person's state instead of the button
		assertThat(browser.awaitText("#my-place", "신청 완료")).contains("신청 완료");
		assertThat(browser.driver().findElements(By.cssSelector("form[action$='/enroll']"))).isEmpty();
		browser.assertNoSeriousViolations("course page after enrolling");
		browser.assertNoHorizontalScroll("course page after enrolling");

		logInAs("member@ieum.example");
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open(page);
		assertThat(browser.awaitText("#seats", "마감")).contains("마감");
		browser.press("대기 신청하기");
		assertThat(browser.awaitText(".flash-notice", "대기 신청을 받았습니다")).contains("대기 신청을 받았습니다");
		assertThat(browser.awaitText("#main", "대기 1번")).contains("대기 1번");

		logInAs("citizen@ieum.example");
		browser.open("/my/education");
		browser.driver().findElement(By.cssSelector("form[action$='/cancel'] button")).click();
		assertThat(browser.awaitText(".flash-notice", "신청을 취소했습니다.")).isEqualTo("신청을 취소했습니다.");

		outbox.sendAllDue();
		assertThat(Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals("member@ieum.example")
						&& m.getSubject().contains("브라우저 대기 과정") && m.getSubject().contains("대기에서 신청이 확정");
			}
			catch (Exception ex) {
				return false;
			}
		}).count()).isEqualTo(1);

		logInAs("staff.gimhae@ieum.example");
		browser.open("/admin/education/" + course.getId() + "/sessions/" + yesterday.getId() + "/attendance");
		browser.driver().findElement(By.xpath("//label[normalize-space(.)='행복베이커리 대표']")).click();
		browser.press("저장");
		assertThat(browser.awaitText(".flash-notice", "출석부를 저장했습니다.")).isEqualTo("출석부를 저장했습니다.");

		logInAs("member@ieum.example");
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/my/education");
		browser.assertNoSeriousViolations("my education with check-in");
		long enrollment = jdbc.queryForObject("select id from education_enrollment where course_id = ? and status = 'CONFIRMED'",
				Long.class, course.getId());
		browser.fill("code-" + enrollment, todays.getCheckInCode()).submit();
		assertThat(browser.awaitText(".flash-notice", "출석을 확인했습니다.")).isEqualTo("출석을 확인했습니다.");
		// this course's link: once a demo course of the member has ended (by the Seoul date) it has one too
		String certificate = browser.driver()
			.findElement(By.cssSelector("a[href$='/my/education/" + enrollment + "/certificate.pdf']"))
			.getAttribute("href");
		Object type = browser.js("return fetch(arguments[0]).then(r => r.headers.get('content-type') + ' ' + r.status);",
				certificate);
		assertThat(type).isEqualTo("application/pdf 200");
		String number = jdbc.queryForObject("select certificate_number from education_enrollment where course_id = ? and status = 'CONFIRMED'",
				String.class, course.getId());
		browser.open("/my/education");
		browser.press("수료증 확인 페이지 (" + number + ")");

		browser.driver().manage().deleteAllCookies();
		browser.open("/certificates/" + number);
		assertThat(browser.awaitText("#certificate-name", "행복베이커리 대표")).isEqualTo("행복베이커리 대표");
		browser.assertNoSeriousViolations("certificate verification");
		browser.assertNoHorizontalScroll("certificate verification");
	}

	@Test
	void everyEducationPagePassesAxeAtDesktopAndPhoneWidth() {
		long youth = jdbc.queryForObject("select id from education_course where title = ?", Long.class,
				DemoCourses.YOUTH_COURSE);
		long session = jdbc.queryForObject("select min(id) from education_session where course_id = ?", Long.class, youth);
		String month = Seoul.today(clock).plusDays(14).toString().substring(0, 7);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/gimhae/education", "/c/gimhae/education?kind=YOUTH&open=true",
				"/c/gimhae/education/" + youth, "/c/gimhae/education/calendar?month=" + month, "/c/busan/education/calendar",
				"/certificates", "/certificates/NO-SUCH-NUMBER"));
		logInAs("citizen@ieum.example");
		problems.addAll(browser.problemsOnPages(WIDTHS, "/my/education", "/c/gimhae/education/" + youth));
		logInAs("staff.gimhae@ieum.example");
		problems.addAll(browser.problemsOnPages(WIDTHS, "/admin/education", "/admin/education/new",
				"/admin/education/" + youth, "/admin/education/" + youth + "/roster",
				"/admin/education/" + youth + "/sessions/" + session + "/attendance", "/admin/education/" + youth + "/survey",
				"/admin/education/" + youth + "/sessions/" + session,
				"/admin/education/instructors"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}
}
