package org.ieum.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The exchange board as people use it in Chromium, on a desktop and on a phone: a visitor reads
 * Gimhae's open board, a manager of an organization posts an offer, another comments and writes to
 * the poster, who reads it on My page; a citizen reports the post and staff confirm the report.
 * Every page under axe-core.
 */
@IeumSpringTest
class ExchangeBoardBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String STAFF = "staff.gimhae@ieum.example";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private String person(String prefix, Integer organization) {
		String email = prefix + "-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?", email,
				"교류 " + prefix, STAFF);
		long id = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)", id);
		if (organization != null) {
			long org = jdbc.queryForList("select id from enterprises_organization order by id", Long.class).get(20 + organization);
			jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
					org, id);
		}
		return email;
	}

	private void logInAs(String email, int width, int height) {
		browser.driver().manage().deleteAllCookies();
		browser.viewport(width, height);
		browser.logIn(email, PASSWORD);
	}

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	@Test
	void postCommentContactReportAndModerateOnDesktop() {
		scenario(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
	}

	@Test
	void postCommentContactReportAndModerateOnAPhone() {
		scenario(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
	}

	private void scenario(int width, int height) {
		String title = "브라우저 나눔 " + System.nanoTime() % 1_000_000;
		String poster = person("poster", 0);
		String writer = person("writer", 1);
		String citizen = person("citizen", null);

		browser.driver().manage().deleteAllCookies();
		browser.viewport(width, height).open("/c/gimhae/exchange");
		assertThat(browser.awaitText("main", "업소용 오븐")).contains("자원 나눔");
		checkPage("exchange board for a visitor " + width);

		logInAs(poster, width, height);
		browser.open("/c/gimhae/exchange");
		browser.press("글 올리기");
		checkPage("new exchange post " + width);
		browser.fill("post-category", "자원 나눔").fill("post-title", title)
			.fill("post-body", "사무용 책상 네 개를 나눕니다.").submit();
		assertThat(browser.awaitText(".flash-notice", "글을 올렸습니다")).contains("글을 올렸습니다");
		assertThat(browser.awaitText("main", title)).contains("사무용 책상");
		checkPage("own exchange post " + width);
		long id = jdbc.queryForObject("select id from community_exchange_post where title = ?", Long.class, title);

		logInAs(writer, width, height);
		browser.open("/c/gimhae/exchange/" + id);
		checkPage("exchange post for another manager " + width);
		browser.fill("comment-body", "저희도 필요합니다.").submit();
		assertThat(browser.awaitText(".flash-notice", "댓글을 달았습니다")).contains("댓글을 달았습니다");
		browser.fill("contact-body", "책상 두 개를 가져가고 싶습니다.").submit();
		assertThat(browser.awaitText(".flash-notice", "메시지를 보냈습니다")).contains("메시지를 보냈습니다");

		logInAs(poster, width, height);
		browser.open("/my/exchange");
		assertThat(browser.awaitText("main", "책상 두 개")).contains(title);
		checkPage("my exchange " + width);

		logInAs(citizen, width, height);
		browser.open("/c/gimhae/exchange/" + id);
		browser.fill("report-reason", "판매 광고입니다").submit();
		assertThat(browser.awaitText(".flash-notice", "신고를 접수했습니다")).contains("신고를 접수했습니다");
		checkPage("reported exchange post " + width);

		logInAs(STAFF, width, height);
		browser.open("/admin/community/exchange");
		assertThat(browser.awaitText("main", "판매 광고입니다")).contains(title);
		checkPage("staff exchange " + width);
		browser.driver().findElement(By.cssSelector("#reported-" + id + " form[action*='confirm'] button")).click();
		assertThat(browser.awaitText(".flash-notice", "신고를 인정")).contains("글을 숨겼습니다");
	}
}
