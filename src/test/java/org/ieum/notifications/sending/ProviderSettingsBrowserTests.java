package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A center's staff fill in the SMS / 알림톡 settings and a 알림톡 template in Chromium, at desktop
 * width and on a 360 px phone, under axe-core, and read which environment variable the server lacks.
 */
@IeumSpringTest
class ProviderSettingsBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void clean() {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		jdbc.update("delete from notification_provider_settings where center_id = ?", gimhae);
		jdbc.update("delete from notification_provider_template where center_id = ?", gimhae);
	}

	@Test
	void staffSaveTheSettingsAndATemplateAtBothWidths() {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		for (int width : new int[] { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH }) {
			clean();
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, width == Browser.DESKTOP_WIDTH ? Browser.DESKTOP_HEIGHT : Browser.PHONE_HEIGHT);
			browser.logIn("staff.gimhae@ieum.example", "ieum2026!");
			browser.open("/admin/notifications/providers?center=" + gimhae);
			assertThat(browser.awaitText("#main", "발송 설정이 없습니다")).contains("문자와 알림톡은 보내지 않고 대기 상태로 남습니다");
			browser.assertNoSeriousViolations("provider settings at " + width);
			browser.assertNoHorizontalScroll("provider settings at " + width);

			browser.fill("p-provider", "솔라피(Solapi)")
				.fill("p-senderNumber", "055-123-4567")
				.fill("p-textKey", "NCSAPIKEY")
				.fill("p-textSecretVar", "IEUM_BROWSER_SOLAPI_SECRET")
				.fill("p-kakaoSender", "KA01PF")
				.fill("p-ratePerMinute", "300")
				.submit();
			assertThat(browser.awaitText(".flash-notice", "저장")).contains("문자·알림톡 발송 설정을 저장했습니다.");
			assertThat(browser.awaitText("#main", "IEUM_BROWSER_SOLAPI_SECRET이(가)")).contains("설정되어 있지 않습니다");
			browser.assertNoSeriousViolations("provider settings saved at " + width);

			browser.fill("t-kind", "예약 승인").fill("t-templateCode", "KA01TP1").fill("t-variables", "예약=제목").submit();
			assertThat(browser.awaitText(".flash-notice", "템플릿")).contains("알림톡 템플릿을 저장했습니다.");
			assertThat(browser.awaitText("#main", "KA01TP1")).contains("예약=제목");
			browser.assertNoSeriousViolations("provider templates at " + width);
			browser.assertNoHorizontalScroll("provider templates at " + width);
		}
	}
}
