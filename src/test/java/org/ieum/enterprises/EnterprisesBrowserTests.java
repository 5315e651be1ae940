package org.ieum.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every enterprises page a visitor, a member and staff reach, at desktop width and at
 * 320 px: an h1, no untranslated key, no sideways scrolling, no serious axe violation.
 */
@IeumSpringTest
class EnterprisesBrowserTests {

	static final String PASSWORD = "ieum2026!";
	static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	private void check(String... paths) {
		problems.addAll(browser.problemsOnPages(WIDTHS, paths));
	}


	private void logIn(String email) {
		browser.logIn(email, PASSWORD);
	}

	private long memberOrganization() {
		return jdbc.queryForObject("select o.id from enterprises_organization o join enterprises_manager m on m.organization_id = o.id"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example' order by o.id limit 1", Long.class);
	}

	private void assertNoProblems() {
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void publicPages() {
		long organization = memberOrganization();
		check("/c/busan/organizations", "/c/busan/organizations?q=%EC%97%86%EB%8A%94", "/c/busan/organizations/" + organization);
		assertNoProblems();
	}

	@Test
	void memberPages() {
		long organization = memberOrganization();
		long product = jdbc.queryForObject("select min(id) from enterprises_product where organization_id = ?", Long.class, organization);
		logIn("member@ieum.example");
		check("/my/organizations", "/my/organizations/" + organization,
				"/my/organizations/" + organization + "/products/" + product);
		assertNoProblems();
	}

	@Test
	void staffPages() {
		long organization = memberOrganization();
		long designation = jdbc.queryForObject("select min(id) from enterprises_designation where organization_id = ?", Long.class, organization);
		long duplicated = jdbc.queryForObject("select min(id) from enterprises_organization where business_number in"
				+ " (select business_number from enterprises_organization group by business_number having count(*) > 1)", Long.class);
		logIn("staff.busan@ieum.example");
		check("/admin/organizations", "/admin/organizations?type=SOCIAL_ENTERPRISE", "/admin/organizations/new",
				"/admin/organizations/" + organization, "/admin/organizations/" + duplicated,
				"/admin/organizations/" + organization + "/designations/" + designation, "/admin/organizations/expiring",
				"/admin/organizations/claims");
		assertNoProblems();
	}

	@Test
	void formErrorsAreAccessibleToo() {
		logIn("staff.busan@ieum.example");
		browser.open("/admin/organizations/new");
		browser.fill("org-businessNumber", "123-45-67899").fill("org-name", "").submit();
		assertThat(browser.driver().findElement(By.id("org-businessNumber-error")).getText()).contains("올바른 사업자등록번호가 아닙니다");
		browser.assertNoSeriousViolations("new organization with errors");
	}

	@Test
	void theDirectoryAndAProfileWorkOnA360PxPhone() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/busan");
		browser.open("/c/busan/organizations");
		assertThat(browser.heading()).isEqualTo("기업 찾기");
		browser.fill("q", "행복베이커리").submit();
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
		wait.until(ExpectedConditions.urlContains("q="));
		browser.press("행복베이커리 사회적협동조합");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "행복베이커리 사회적협동조합"));
		String page = browser.driver().findElement(By.tagName("main")).getText();
		assertThat(page).contains("사회적협동조합", "사회적기업(인증)", "마을기업", "우리밀 식빵").doesNotContain("홍길동");
		browser.assertNoHorizontalScroll("profile at 360 px");
		browser.assertNoSeriousViolations("profile at 360 px");
	}
}
