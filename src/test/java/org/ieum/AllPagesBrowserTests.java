package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
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
		problems.addAll(browser.problemsOnPages(WIDTHS, paths));
	}


	private void logIn(String email) {
		browser.logIn(email, PASSWORD);
	}

	private void assertNoProblems() {
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}

	@Test
	void publicPages() {
		check("/", "/c/busan", "/c/busan/about", "/c/gimhae/about", "/c/gunsan", "/login", "/signup",
				"/signup?center=gimhae", "/password-reset", "/password-reset/not-a-real-link", "/no-such-page",
				"/statistics", "/c/gwangju/statistics", "/c/gunsan/statistics/print");
		assertNoProblems();
	}

	@Test
	void memberPages() {
		logIn("citizen@ieum.example");
		check("/my", "/my/account", "/my/developer", "/my/delete", "/c/gimhae/my", "/c/gimhae", "/c/gimhae/my/account",
				"/c/gimhae/my/reservations", "/c/gimhae/my/education", "/c/gimhae/my/programs", "/c/gimhae/my/consulting");
		assertNoProblems();
	}

	@Test
	void staffAndAdministratorPages() {
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long site = jdbc.queryForObject("select id from centers_site where center_id = ? order by id limit 1", Long.class, gimhae);
		long citizen = jdbc.queryForObject("select id from identity_account where email = 'citizen@ieum.example'", Long.class);
		logIn("admin@ieum.example");
		check("/admin", "/admin/dashboard", "/admin/members", "/admin/members/" + citizen, "/admin/members/export", "/admin/audit/access",
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
