package org.ieum.market.needs;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Buyer needs in Chromium at desktop width and on a phone: staff read the demo needs and one with its matching
 * organizations, visitors read the portal's public list, and the demo member sees the needs on My page with the
 * response form. Every page passes axe-core with no serious or critical violation and never scrolls sideways.
 */
@IeumSpringTest
class NeedsBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoUnresolvedMessages(name);
	}

	@Test
	void staffVisitorsAndOrganizationsSeeTheNeeds() {
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market/needs");
			assertThat(browser.awaitText("#needs", "학교 행사 간식 꾸러미")).contains("부산광역시교육청");
			checkPage("staff needs at " + width);
			browser.driver().findElement(By.linkText("학교 행사 간식 꾸러미")).click();
			assertThat(browser.awaitText("#need-matches", "행복베이커리")).contains("우리밀 식빵");
			checkPage("staff need at " + width);

			browser.driver().manage().deleteAllCookies();
			browser.open("/c/busan/market/needs");
			assertThat(browser.awaitText("main", "학교 행사 간식 꾸러미")).doesNotContain("도시철도 역사 청소·방역");
			checkPage("portal needs at " + width);

			browser.logIn("member@ieum.example", "ieum2026!");
			browser.open("/c/busan/my/market/needs");
			assertThat(browser.awaitText("main", "도시철도 역사 청소·방역")).contains("학교 행사 간식 꾸러미");
			checkPage("my needs at " + width);
		}
	}
}
