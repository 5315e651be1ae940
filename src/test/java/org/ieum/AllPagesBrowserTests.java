package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every page a visitor, a member and staff can reach, at desktop width and at 320 px:
 * axe-core finds no serious or critical violation, nothing scrolls sideways, and no
 * message key is left untranslated. Failures are collected so one run lists them all.
 */
@IeumSpringTest
class AllPagesBrowserTests {

	static final String PASSWORD = "ieum2026!";
	static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> problems = new ArrayList<>();

	private void check(String... paths) {
		for (int width : WIDTHS) {
			browser.viewport(width, Browser.PHONE_HEIGHT);
			for (String path : paths) {
				browser.open(path);
				String name = path + " at " + width + " px";
				attempt(name, () -> assertThat(browser.driver().findElements(By.cssSelector("main h1"))).as(name + " has an h1").isNotEmpty());
				attempt(name, () -> browser.assertNoUnresolvedMessages(name));
				attempt(name, () -> browser.assertNoHorizontalScroll(name));
				attempt(name, () -> browser.assertNoSeriousViolations(name));
			}
		}
	}

	private void attempt(String name, Runnable check) {
		try {
			check.run();
		}
		catch (AssertionError ex) {
			problems.add(ex.getMessage());
		}
	}

	private void logIn(String email) {
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/login");
		browser.fill("email", email).fill("password", PASSWORD).submit();
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches("/my$"));
	}

	private void assertNoProblems() {
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void publicPages() {
		check("/", "/c/busan", "/c/busan/about", "/c/gimhae/about", "/c/gunsan", "/login", "/signup",
				"/signup?center=gimhae", "/password-reset", "/password-reset/not-a-real-link", "/no-such-page");
		assertNoProblems();
	}

	@Test
	void memberPages() {
		logIn("citizen@ieum.example");
		check("/my", "/c/gimhae");
		assertNoProblems();
	}

	@Test
	void staffAndAdministratorPages() {
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long site = jdbc.queryForObject("select id from centers_site where center_id = ? order by id limit 1", Long.class, gimhae);
		long citizen = jdbc.queryForObject("select id from identity_account where email = 'citizen@ieum.example'", Long.class);
		logIn("admin@ieum.example");
		check("/admin", "/admin/members", "/admin/members/" + citizen, "/admin/members/export", "/admin/audit/access",
				"/admin/audit/roles", "/admin/outbox", "/admin/centers", "/admin/centers/new", "/admin/centers/" + gimhae,
				"/admin/centers/" + gimhae + "/sites/" + site, "/admin/centers/" + gimhae + "/visitors",
				"/admin/holidays");
		Long mail = jdbc.query("select max(id) from shared_mail_outbox", rs -> rs.next() ? (Long) rs.getObject(1) : null);
		if (mail != null) {
			check("/admin/outbox/" + mail);
		}
		assertNoProblems();
	}
}
