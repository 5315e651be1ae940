package org.ieum.governance.giveback;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The give-back pages in Chromium at 1280 and 360 px under axe-core: staff's year list with the
 * review buttons and the entry form; the manager's list, report form and one project.
 */
@IeumSpringTest
class GiveBackBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGiveBackPagesPassAxeAtDesktopAndPhoneWidths() {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		long waiting = jdbc.queryForObject("select min(id) from governance_giveback where center_id = ?"
				+ " and status = 'SUBMITTED'", Long.class, busan);
		int year = jdbc.queryForObject("select starts_on from governance_giveback where id = ?", java.sql.Date.class,
				waiting).toLocalDate().getYear();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/governance/giveback?center=" + busan + "&year=" + year)).isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("member@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/my/governance/giveback", "/my/governance/giveback/" + waiting))
			.isEmpty();
	}
}
