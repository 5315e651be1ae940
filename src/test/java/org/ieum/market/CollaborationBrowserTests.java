package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collaboration projects in Chromium at desktop width and on a phone: staff (the administrator, for Gwangju) read the demo's joint Christmas
 * cake (its bakeries, the overdue milestone, the sales) and a manager of one of the bakeries finds it on My page with
 * its milestones, documents and sales form. Every page passes axe-core with no serious or critical violation and never
 * scrolls sideways.
 */
@IeumSpringTest
class CollaborationBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	private static final String PASSWORD = "ieum2026!";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoUnresolvedMessages(name);
	}

	/** A new account of its own that manages the demo project's lead bakery. */
	private String bakeryManager() {
		String email = "collab-browser-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at)"
				+ " select ?, password_hash, '제과 담당', 'ACTIVE', current_timestamp, current_timestamp from identity_account"
				+ " where email = 'staff.gimhae@ieum.example'", email);
		long account = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				account);
		long bakery = jdbc.queryForObject("select min(m.organization_id) from market_collab_member m join market_collab_project p"
				+ " on p.id = m.project_id where p.title like '%성탄 케이크%' and m.role = 'LEAD'", Long.class);
		jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
				bakery, account);
		return email;
	}

	@Test
	void staffAndABakerysManagerFollowTheJointChristmasCake() {
		String manager = bakeryManager();
		long gwangju = jdbc.queryForObject("select id from centers_center where slug = 'gwangju'", Long.class);
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("admin@ieum.example", PASSWORD);
			browser.open("/admin/market/projects?center=" + gwangju);
			assertThat(browser.awaitText("#projects", "성탄 케이크")).contains("빛고을제과 주식회사");
			checkPage("staff projects at " + width);
			browser.driver().findElement(By.partialLinkText("공동 성탄 케이크")).click();
			assertThat(browser.awaitText("#milestones", "기한 지남")).contains("온라인 판매처 입점 서류 제출");
			assertThat(browser.awaitText("#project-sales", "원")).contains("56,000,000원");
			checkPage("staff project at " + width);

			browser.driver().manage().deleteAllCookies();
			browser.logIn(manager, PASSWORD);
			browser.open("/my/market/projects");
			assertThat(browser.awaitText("main", "성탄 케이크")).contains("빛고을제과 주식회사");
			checkPage("my projects at " + width);
			browser.driver().findElement(By.partialLinkText("공동 성탄 케이크")).click();
			assertThat(browser.awaitText("#members", "빛고을제과")).contains("주관");
			assertThat(browser.awaitText("main", "기간별 매출 적기")).contains("문서 공유");
			checkPage("my project at " + width);
		}
	}
}
