package org.ieum.governance.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yearly report page in Chromium at 1280 and 360 px under axe-core: Gimhae's year with its
 * charts and tables, Busan's rolled up over the centers below it, and an empty year.
 */
@IeumSpringTest
class ReportBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private long center(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	@Test
	void theReportPagePassesAxeAtDesktopAndPhoneWidths() {
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.gimhae@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/governance/report?center=" + center("gimhae"),
				"/admin/governance/report?year=2000&center=" + center("gimhae"))).isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/governance/report?center=" + center("busan"))).isEmpty();
	}
}
