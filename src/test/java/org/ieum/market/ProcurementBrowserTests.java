package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Public procurement in Chromium at desktop width and on a phone: staff read the figures against the targets, the
 * buyer register and a buyer, and record a purchase; the seller's manager confirms it on My page. Every page passes
 * axe-core with no serious or critical violation and never scrolls sideways.
 */
@IeumSpringTest
class ProcurementBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoUnresolvedMessages(name);
	}

	@Test
	void staffReadTheFiguresAndRecordAPurchaseThatTheSellerConfirms() {
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market/procurement");
			assertThat(browser.awaitText("#procurement-buyers", "부산광역시청")).contains("부산교통공사");
			assertThat(browser.driver().findElement(By.id("procurement-rate")).getText()).endsWith("%");
			checkPage("procurement figures at " + width);
			browser.open("/admin/market/buyers");
			assertThat(browser.awaitText("main", "부산광역시교육청")).contains("공공기관 등록");
			checkPage("buyers at " + width);
			browser.driver().findElement(By.linkText("부산도시공사")).click();
			assertThat(browser.awaitText("main h1", "부산도시공사")).contains("부산도시공사");
			checkPage("buyer at " + width);
			browser.open("/admin/market/purchases");
			browser.fill("p-amountWon", "-1").fill("p-businessNumber", "123");
			new org.openqa.selenium.support.ui.Select(browser.field("p-buyerId")).selectByVisibleText("부산도시공사");
			new org.openqa.selenium.support.ui.Select(browser.field("p-categoryId")).selectByIndex(1);
			new org.openqa.selenium.support.ui.Select(browser.field("p-method")).selectByIndex(1);
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('p-contractDate').value = '2020-02-03'");
			browser.press("구매실적 입력");
			assertThat(browser.awaitText("main", "이음에 없습니다")).contains("사업자등록번호 \"123\"인 조직이 이음에 없습니다.");
			checkPage("purchases with a refusal at " + width);
			browser.driver().manage().deleteAllCookies();
			browser.logIn("member@ieum.example", "ieum2026!");
			browser.open("/c/busan/my/market/purchases");
			assertThat(browser.awaitText("main", "행복베이커리")).contains("부산광역시청");
			checkPage("my public sales at " + width);
		}
	}
}
