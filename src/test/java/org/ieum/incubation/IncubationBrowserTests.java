package org.ieum.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.ieum.shared.Seoul;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incubation as people do it in Chromium: staff add an office, the awardee accepts the offer
 * on a phone, staff assign the office and tick the checklist, the tenant reports; and every
 * incubation page under axe-core at desktop width and 320 px.
 */
@IeumSpringTest
class IncubationBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String TENANT = "incu-browser@example.kr";
	private static final String STAFF = "staff.gimhae@ieum.example";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	Clock clock;

	@BeforeEach
	void tenantAccount() {
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, TENANT) == 0) {
			jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
					+ "select ?, password_hash, '보육 브라우저 입주자', 'ACTIVE', current_timestamp from identity_account where email = ?",
					TENANT, STAFF);
			jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
					accountId());
		}
	}

	private long accountId() {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, TENANT);
	}

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	private void logInAs(String email) {
		browser.driver().manage().deleteAllCookies();
		browser.logIn(email, PASSWORD);
	}

	private long offer(String name) throws InterruptedException {
		long applicationId = 9_500_000_000L + System.nanoTime() % 1_000_000_000L;
		tx.executeWithoutResult(s -> events.publishEvent(new AwardeeSelected(78L, CallKind.INCUBATION, gimhae(),
				applicationId, "BRW-1", "브라우저 입주기업 모집", accountId(), null, name, Instant.now())));
		for (int i = 0; i < 100; i++) {
			List<Long> ids = jdbc.queryForList("select id from incubation_tenancy where application_id = ?", Long.class,
					applicationId);
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no offer");
	}

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	@Test
	void staffAddAnOfficeTheAwardeeAcceptsStaffAssignItAndTheTenantReports() throws Exception {
		long tenancy = offer("브라우저 보육 기업");

		logInAs(STAFF);
		browser.open("/admin/incubation/offices/new");
		browser.fill("이름", "브라우저 보육실").fill("면적 (㎡)", "17.5").fill("책상", "3")
			.fill("비품·장비", "책상, 의자, 공용 복합기").submit();
		assertThat(browser.awaitText(".flash-notice", "사무실을 저장했습니다.")).isEqualTo("사무실을 저장했습니다.");
		long officeId = jdbc.queryForObject("select max(id) from incubation_office where name = '브라우저 보육실'", Long.class);

		logInAs(TENANT);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/my/incubation");
		assertThat(browser.awaitText("#main", "브라우저 보육 기업")).contains("브라우저 입주기업 모집");
		checkPage("my incubation with an offer");
		browser.press("입주 수락");
		assertThat(browser.awaitText(".flash-notice", "입주를 수락했습니다.")).isEqualTo("입주를 수락했습니다.");

		logInAs(STAFF);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/admin/incubation/tenancies/" + tenancy);
		checkPage("tenancy awaiting an office");
		new Select(browser.field("officeId")).selectByValue(String.valueOf(officeId));
		browser.fill("monthlyFeeWon", "0").submit();
		assertThat(browser.awaitText(".flash-notice", "사무실을 배정했습니다.")).isEqualTo("사무실을 배정했습니다.");
		checkPage("tenancy in residence");
		browser.driver().findElement(By.xpath("//button[normalize-space(.)='완료 표시']")).click();
		assertThat(browser.awaitText(".flash-notice", "입주 점검표를 저장했습니다.")).isEqualTo("입주 점검표를 저장했습니다.");
		assertThat(jdbc.queryForObject("select count(*) from incubation_checklist_item where tenancy_id = ? and done_at is not null",
				Integer.class, tenancy)).isEqualTo(1);
		browser.open("/admin/incubation");
		assertThat(browser.awaitText("#occupancy", "브라우저 보육 기업")).contains("브라우저 보육실");

		logInAs(TENANT);
		browser.viewport(Browser.NARROWEST_WIDTH, Browser.PHONE_HEIGHT).open("/my/incubation");
		browser.driver().findElement(By.cssSelector("a[href$='/reports/1']")).click();
		assertThat(browser.awaitText("main h1", "1기 입주 보고서")).isEqualTo("1기 입주 보고서");
		checkPage("report form");
		browser.fill("employees", "3").fill("revenueWon", "1200000").fill("milestones", "첫 고객 확보").submit();
		assertThat(browser.awaitText(".flash-notice", "입주 보고서를 제출했습니다.")).isEqualTo("입주 보고서를 제출했습니다.");
		assertThat(browser.awaitText("#main", "1,200,000원")).contains("1,200,000원");
		checkPage("my incubation with a report");

		browser.driver().manage().deleteAllCookies();
		browser.open("/c/gimhae/incubation");
		assertThat(browser.awaitText("#main", "브라우저 보육실")).doesNotContain("브라우저 보육 기업");
	}

	@Test
	void everyIncubationPagePassesAxeAtDesktopAndPhoneWidth() throws Exception {
		long offered = offer("브라우저 제안 기업");
		long gimhae = gimhae();
		long office = jdbc.queryForObject("select min(id) from incubation_office where center_id = ?", Long.class, gimhae);
		long resident = jdbc.queryForObject(
				"select min(id) from incubation_tenancy where center_id = ? and status = 'ACTIVE'", Long.class, gimhae);
		long ended = jdbc.queryForObject(
				"select min(id) from incubation_tenancy where center_id = ? and status = 'ENDED'", Long.class, gimhae);
		List<String> problems = new ArrayList<>();
		problems.addAll(browser.problemsOnPages(WIDTHS, "/c/gimhae/incubation", "/c/gwangju/incubation",
				"/c/busan/incubation"));
		logInAs(TENANT);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/my/incubation"));
		logInAs(STAFF);
		problems.addAll(browser.problemsOnPages(WIDTHS, "/admin/incubation", "/admin/incubation/offices",
				"/admin/incubation/offices/new", "/admin/incubation/offices/" + office, "/admin/incubation/tenancies",
				"/admin/incubation/tenancies/new", "/admin/incubation/tenancies/" + offered,
				"/admin/incubation/tenancies/" + resident, "/admin/incubation/tenancies/" + ended, "/admin/dashboard"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		assertThat(Seoul.today(clock)).isNotNull();
	}
}
