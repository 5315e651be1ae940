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
 * A small group as people use it in Chromium, on a desktop and on a phone: a member proposes a
 * group, staff approve it, another member asks to join, the leader accepts and sees the meeting
 * form, the member posts on the board and finds the group on My page; the library's card page too.
 * Every page under axe-core.
 */
@IeumSpringTest
class SmallGroupBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String STAFF = "staff.gimhae@ieum.example";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private String member(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?", email,
				"모임 " + prefix, STAFF);
		long id = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)", id);
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
	void proposeApproveJoinAndPostOnDesktop() {
		scenario(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
	}

	@Test
	void proposeApproveJoinAndPostOnAPhone() {
		scenario(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
	}

	private void scenario(int width, int height) {
		String name = "브라우저 모임 " + System.nanoTime() % 1_000_000;
		String leader = member("leader");
		String joiner = member("joiner");

		browser.driver().manage().deleteAllCookies();
		browser.viewport(width, height).open("/c/gimhae/groups");
		assertThat(browser.awaitText("main", "사회적경제 책 읽기 모임")).contains("소모임 만들기");
		checkPage("groups " + width);

		logInAs(leader, width, height);
		browser.open("/c/gimhae/groups/new");
		checkPage("propose " + width);
		browser.fill("proposal-name", name).fill("proposal-purpose", "브라우저로 만든 모임입니다.")
			.fill("proposal-frequency", "매주 화요일").submit();
		assertThat(browser.awaitText(".flash-notice", "제안했습니다")).contains("제안했습니다");
		assertThat(browser.awaitText("main", "승인 대기")).contains(name);
		checkPage("proposed group " + width);
		long group = jdbc.queryForObject("select id from community_group where name = ?", Long.class, name);

		logInAs(STAFF, width, height);
		browser.open("/admin/community/groups");
		checkPage("staff groups " + width);
		browser.driver().findElement(By.cssSelector("#group-" + group + " form[action*='approve'] button")).click();
		assertThat(browser.awaitText(".flash-notice", "승인했습니다")).contains("승인했습니다");
		browser.open("/admin/library/cards");
		checkPage("library cards " + width);

		logInAs(joiner, width, height);
		browser.open("/c/gimhae/groups/" + group);
		checkPage("group for a visitor " + width);
		browser.press("가입 신청");
		assertThat(browser.awaitText(".flash-notice", "가입을 신청했습니다")).contains("가입을 신청했습니다");

		logInAs(leader, width, height);
		browser.open("/c/gimhae/groups/" + group);
		assertThat(browser.awaitText("main", "가입 신청")).contains("모임 joiner");
		checkPage("group for its leader " + width);
		browser.press("수락");
		assertThat(browser.awaitText(".flash-notice", "수락했습니다")).contains("수락했습니다");

		logInAs(joiner, width, height);
		browser.open("/c/gimhae/groups/" + group);
		browser.fill("post-body", "브라우저에서 쓴 첫 글입니다.").submit();
		assertThat(browser.awaitText(".flash-notice", "글을 올렸습니다")).contains("글을 올렸습니다");
		assertThat(browser.awaitText("main", "첫 글입니다")).contains("브라우저에서 쓴 첫 글입니다.");
		checkPage("group board " + width);
		browser.open("/my/groups");
		assertThat(browser.awaitText("main", name)).contains("회원");
		checkPage("my groups " + width);
	}
}
