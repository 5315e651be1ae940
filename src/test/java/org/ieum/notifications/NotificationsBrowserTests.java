package org.ieum.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell in the header and the list on My page as a member uses them in Chromium, at desktop
 * width and on a 360 px phone, under axe-core; marking a notice as read lowers the bell's count, and the
 * preferences page saves the person's channels.
 */
@IeumSpringTest
class NotificationsBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String MEMBER = "member@ieum.example";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	private long unread() {
		return jdbc.queryForObject("select count(*) from notification_message n join identity_account a on a.id = n.account_id"
				+ " where a.email = ? and n.read_at is null", Long.class, MEMBER);
	}

	@Test
	void theBellLeadsToTheListWhereANoticeIsMarkedReadAndThePreferencesAreSavedAtBothWidths() {
		for (int width : new int[] { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH }) {
			String subject = "[이음] 브라우저 알림 " + width + " " + UUID.randomUUID().toString().substring(0, 8);
			long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
			tx.executeWithoutResult(s -> notifier.send(new Notification(NotificationKind.CALL_RESULT, gimhae, null, MEMBER,
					subject, "선정 결과를 확인해 주세요.", "/my/programs")));
			long before = unread();

			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, width == Browser.DESKTOP_WIDTH ? Browser.DESKTOP_HEIGHT : Browser.PHONE_HEIGHT);
			browser.logIn(MEMBER, PASSWORD);
			browser.open("/c/gimhae");
			assertThat(browser.awaitText(".notification-bell", "알림")).contains(String.valueOf(before));
			browser.assertNoSeriousViolations("portal home with the bell at " + width);
			browser.assertNoHorizontalScroll("portal home with the bell at " + width);

			browser.driver().findElement(By.cssSelector(".notification-bell")).click();
			assertThat(browser.awaitText("#main", subject)).contains("읽지 않은 알림이 " + before + "건 있습니다.");
			browser.assertNoSeriousViolations("my notifications at " + width);
			browser.assertNoHorizontalScroll("my notifications at " + width);

			browser.driver()
				.findElement(By.cssSelector("button[aria-label='" + subject + " 알림을 읽음으로 표시']"))
				.click();
			assertThat(browser.awaitText(".flash-notice", "읽음으로")).contains("알림을 읽음으로 표시했습니다.");
			assertThat(unread()).isEqualTo(before - 1);
			assertThat(browser.awaitText("#main", "읽지 않은 알림이")).contains("읽지 않은 알림이 " + (before - 1) + "건 있습니다.");

			browser.press("알림 받을 방법");
			assertThat(browser.awaitText("h1", "알림 받을 방법")).isEqualTo("알림 받을 방법");
			browser.assertNoSeriousViolations("notification preferences at " + width);
			browser.assertNoHorizontalScroll("notification preferences at " + width);
			browser.press("저장");
			assertThat(browser.awaitText(".flash-notice", "저장")).contains("알림 받을 방법을 저장했습니다.");
		}
	}
}
