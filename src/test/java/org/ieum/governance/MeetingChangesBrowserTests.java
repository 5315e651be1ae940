package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A planned meeting of a public Busan council in Chromium at 1280 and 360 px under axe-core: the
 * staff meeting page with its change and cancel forms, cancelling it with a reason, and the
 * portal's council and meeting pages saying 취소 with that reason.
 */
@IeumSpringTest
class MeetingChangesBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void staffCancelAPlannedMeetingAndThePortalShowsItCancelled() {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		String name = "취소 화면 위원회 " + System.nanoTime() % 1_000_000;
		jdbc.update("insert into governance_council (center_id, name, public_council, quorum, recurrence_months, created_at)"
				+ " values (?, ?, true, 1, 0, current_timestamp)", busan, name);
		long council = jdbc.queryForObject("select id from governance_council where name = ?", Long.class, name);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		jdbc.update("insert into governance_member (council_id, name, role, term_start, term_end, created_at)"
				+ " values (?, '화면 위원장', 'CHAIR', ?, ?, current_timestamp)", council, today.minusMonths(1),
				today.plusYears(1));
		String title = "취소될 정기회의 " + System.nanoTime() % 1_000_000;
		jdbc.update("insert into governance_meeting (council_id, title, starts_at, ends_at, place, created_at)"
				+ " values (?, ?, ?, ?, '구청 회의실', current_timestamp)", council, title,
				today.plusDays(20).atTime(14, 0).atZone(ZoneId.of("Asia/Seoul")).toOffsetDateTime(),
				today.plusDays(20).atTime(16, 0).atZone(ZoneId.of("Asia/Seoul")).toOffsetDateTime());
		long meeting = jdbc.queryForObject("select id from governance_meeting where title = ?", Long.class, title);
		String page = "/admin/governance/meetings/" + meeting + "?center=" + busan;

		browser.driver().manage().deleteAllCookies();
		browser.logIn("staff.busan@ieum.example", PASSWORD);
		assertThat(browser.problemsOnPages(WIDTHS, page)).isEmpty();

		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open(page);
		browser.fill("c-reason", "위원장 해외 출장");
		browser.press("회의 취소");
		assertThat(browser.awaitText(".flash-notice", "취소")).contains("회의를 취소했습니다.");
		assertThat(jdbc.queryForObject("select cancel_reason from governance_meeting where id = ?", String.class, meeting))
			.isEqualTo("위원장 해외 출장");

		browser.driver().manage().deleteAllCookies();
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/c/busan/governance");
		assertThat(browser.awaitText("main", title)).contains("취소 사유: 위원장 해외 출장");
		assertThat(browser.problemsOnPages(WIDTHS, "/c/busan/governance", "/c/busan/governance/meetings/" + meeting))
			.isEmpty();
	}
}
