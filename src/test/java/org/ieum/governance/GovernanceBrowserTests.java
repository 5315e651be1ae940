package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Busan's demo council and Gimhae's partners in Chromium at 1280, 360 and 320 px under axe-core: the staff council and
 * meeting pages, the chair's own meeting page and the portal's council and meeting pages; and
 * a refused term shown as the one error at the top with nothing added.
 */
@IeumSpringTest
class GovernanceBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH, Browser.NARROWEST_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private long busan() {
		return jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
	}

	private long council() {
		return jdbc.queryForObject("select min(id) from governance_council where center_id = ?", Long.class, busan());
	}

	private long meeting() {
		return jdbc.queryForObject("select min(id) from governance_meeting where council_id = ?", Long.class, council());
	}

	@Test
	void theCouncilAndMeetingPagesPassAxeAtDesktopAndPhoneWidths() {
		assertThat(browser.problemsOnPages(WIDTHS, "/c/busan/governance", "/c/busan/governance/meetings/" + meeting()))
			.isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/governance?center=" + busan(),
				"/admin/governance/councils/" + council() + "?center=" + busan(),
				"/admin/governance/meetings/" + meeting() + "?center=" + busan())).isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("member@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, "/my/governance", "/my/governance/meetings/" + meeting())).isEmpty();
	}

	@Test
	void thePartnerPagesPassAxeAtDesktopAndPhoneWidths() {
		assertThat(browser.problemsOnPages(WIDTHS, "/c/gimhae/governance/partners")).isEmpty();
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.gimhae@ieum.example", PASSWORD);
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long partner = jdbc.queryForObject("select min(id) from governance_partner where center_id = ?", Long.class, gimhae);
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/governance/partners?center=" + gimhae,
				"/admin/governance/partners/" + partner + "?center=" + gimhae)).isEmpty();
	}

	@Test
	void aTermEndingBeforeItStartsIsShownAsOneErrorAndAddsNoOne() {
		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		long before = jdbc.queryForObject("select count(*) from governance_member where council_id = ?", Long.class,
				council());
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT)
			.open("/admin/governance/councils/" + council() + "?center=" + busan());
		browser.fill("m-name", "거꾸로 위원");
		setDate("m-termStart", "2026-05-01");
		setDate("m-termEnd", "2026-04-01");
		browser.press("위원 추가");
		assertThat(browser.awaitText(".flash-error", "임기")).isEqualTo("임기 종료일이 시작일보다 앞설 수 없습니다.");
		assertThat(jdbc.queryForObject("select count(*) from governance_member where council_id = ?", Long.class,
				council())).isEqualTo(before);
	}

	private void setDate(String id, String value) {
		((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
				"document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}
}
