package org.ieum.consulting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.ieum.shared.Seoul;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Consulting as people do it in Chromium: a founder asks through the window on a phone,
 * Gimhae staff assign the suggested expert, the expert accepts, logs the session and
 * completes, the founder rates it; and every consulting page under axe-core at desktop
 * width and 320 px.
 */
@IeumSpringTest
class ConsultingBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String CLIENT = "cons-browser-client@example.kr";
	private static final String EXPERT = "cons-browser-expert@example.kr";
	private static final String STAFF = "staff.gimhae@ieum.example";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void accounts() {
		for (String email : List.of(CLIENT, EXPERT)) {
			if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email) == 0) {
				jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
						+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?",
						email, email.equals(CLIENT) ? "브라우저 창업자" : "브라우저 노무 전문가", STAFF);
				jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
						accountId(email));
			}
		}
		if (jdbc.queryForObject("select count(*) from consulting_expert where email = ?", Integer.class, EXPERT) == 0) {
			jdbc.update("insert into consulting_expert (center_id, account_id, name, email, affiliation, fields, available_days, "
					+ "hourly_fee_won, active, created_at) values (?, ?, '브라우저노무사', ?, '김해 노무 협동조합', 'LABOR', 'TUE,THU', "
					+ "70000, true, current_timestamp)", gimhae(), accountId(EXPERT), EXPERT);
		}
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	private void logInAs(String email) {
		browser.driver().manage().deleteAllCookies();
		browser.logIn(email, PASSWORD);
	}

	private void setValue(String id, String value) {
		WebElement field = browser.driver().findElement(By.id(id));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];", field, value);
	}

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	@Test
	void aFounderAsksStaffAssignTheSuggestedExpertWhoLogsTheSessionAndTheFounderRatesIt() {
		String title = "브라우저 근로계약 상담 " + System.nanoTime() % 100_000;
		logInAs(CLIENT);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/c/gimhae/consulting");
		checkPage("consulting window signed in");
		browser.fill("field", "노무").fill("title", title).fill("description", "첫 직원을 뽑습니다. 근로계약서를 봐 주세요.");
		browser.driver().findElement(By.cssSelector("label[for='day-TUE']")).click();
		browser.fill("people", "1").submit();
		assertThat(browser.awaitText(".flash-notice", "신청했습니다")).contains("신청했습니다");
		// the confirmation stays in the center's portal and names the request
		assertThat(browser.awaitText("main .lead", title)).contains(title);
		assertThat(browser.driver().getCurrentUrl()).contains("/c/gimhae/consulting/requests/");
		long id = jdbc.queryForObject("select id from consulting_request where title = ?", Long.class, title);

		logInAs(STAFF);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/admin/consulting/requests/" + id);
		assertThat(browser.awaitText("#suggestions", "브라우저노무사")).contains("분야 일치: 노무");
		checkPage("triage with suggestions");
		long expertId = jdbc.queryForObject("select id from consulting_expert where email = ?", Long.class, EXPERT);
		browser.driver().findElement(By.cssSelector("label[for='expert-" + expertId + "']")).click();
		browser.press("전문가 배정");
		assertThat(browser.awaitText(".flash-notice", "전문가를 배정했습니다.")).isEqualTo("전문가를 배정했습니다.");

		logInAs(EXPERT);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/my/assignments/" + id);
		checkPage("assignment waiting for an answer");
		browser.press("상담 수락");
		assertThat(browser.awaitText(".flash-notice", "상담을 수락했습니다.")).isEqualTo("상담을 수락했습니다.");
		setValue("s-date", Seoul.today(clock).minusDays(1).toString());
		setValue("s-time", "14:00");
		browser.fill("s-minutes", "90").submit();
		assertThat(browser.awaitText(".flash-notice", "상담 일정을 등록했습니다.")).isEqualTo("상담 일정을 등록했습니다.");
		checkPage("assignment with a planned session");
		long sessionId = jdbc.queryForObject("select id from consulting_session where request_id = ?", Long.class, id);
		browser.fill("content-" + sessionId, "표준 근로계약서 검토, 수습 기간 안내").fill("next-" + sessionId, "4대보험 신고").submit();
		assertThat(browser.awaitText(".flash-notice", "상담 기록을 저장했습니다.")).isEqualTo("상담 기록을 저장했습니다.");
		browser.fill("summary", "계약서 정비 완료").submit();
		assertThat(browser.awaitText(".flash-notice", "상담을 종료했습니다.")).contains("상담을 종료했습니다.");

		logInAs(CLIENT);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/my/consulting/" + id);
		assertThat(browser.awaitText("main", "표준 근로계약서 검토")).contains("4대보험 신고");
		checkPage("completed request to rate");
		browser.driver().findElement(By.cssSelector("label[for='rating-5']")).click();
		browser.fill("comment", "바로 쓸 수 있었어요").submit();
		assertThat(browser.awaitText(".flash-notice", "평가해 주셔서 감사합니다.")).isEqualTo("평가해 주셔서 감사합니다.");
		assertThat(jdbc.queryForObject("select rating from consulting_request where id = ?", Integer.class, id)).isEqualTo(5);
		checkPage("rated request");
	}

	@Test
	void everyConsultingPagePassesAxeAtDesktopAndPhoneWidth() {
		long gimhae = gimhae();
		long request = jdbc.queryForObject("select min(id) from consulting_request where center_id = ?", Long.class, gimhae);
		long citizenRequest = jdbc.queryForObject("select max(r.id) from consulting_request r join consulting_session s "
				+ "on s.request_id = r.id where r.center_id = ?", Long.class, gimhae);
		long expert = jdbc.queryForObject("select min(id) from consulting_expert where center_id = ?", Long.class, gimhae);
		String client = "cons-axe-client@example.kr";
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, client) == 0) {
			jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
					+ "select ?, password_hash, '접근성 신청인', 'ACTIVE', current_timestamp from identity_account where email = ?",
					client, STAFF);
			jdbc.update("insert into consulting_request (center_id, client_account_id, client_name, budget_key, kind, field, "
					+ "title, description, preferred_days, people, status, created_at) values (?, ?, '접근성 신청인', ?, "
					+ "'MENTORING', 'STRATEGY', '접근성 확인 신청', '내용', 'THU', 1, 'SUBMITTED', current_timestamp)",
					gimhae, accountId(client), "acc:" + accountId(client));
		}
		long own = jdbc.queryForObject("select max(id) from consulting_request where client_account_id = ?", Long.class,
				accountId(client));
		List<String> problems = new ArrayList<>();
		browser.driver().manage().deleteAllCookies();
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/gimhae/consulting", "/c/busan/consulting"));
		logInAs(client);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/gimhae/consulting", "/my/consulting", "/my/consulting/" + own,
				"/my/assignments", "/my"));
		logInAs(EXPERT);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/my/assignments"));
		logInAs(STAFF);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/admin/consulting", "/admin/consulting/requests/" + request,
				"/admin/consulting/requests/" + citizenRequest, "/admin/consulting/requests/" + own,
				"/admin/consulting/experts", "/admin/consulting/experts/new", "/admin/consulting/experts/" + expert,
				"/admin/consulting/agreements", "/admin/dashboard", "/admin"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}
}
