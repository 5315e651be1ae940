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

	@Test
	void staffImportABuyersFileAfterItsPreview(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
			throws java.io.IOException {
		java.nio.file.Path file = dir.resolve("구매실적.csv");
		java.nio.file.Files.writeString(file, "구매기관,판매기업,품목,구매금액,계약일자,계약방법\n"
				+ "부산도시공사,000-00-00000,식품,-5,2015-01-02,입찰\n");
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market/purchases");
			browser.driver().findElement(By.id("purchase-import")).click();
			assertThat(browser.awaitText("main h1", "구매실적 가져오기")).contains("구매실적 가져오기");
			checkPage("purchase import at " + width);
			browser.attach("import-file", file).press("올리고 미리보기");
			assertThat(browser.awaitText("main", "가져올 수 없는 행")).contains("사업자등록번호 000-00-00000인 조직이 이음에 없습니다.");
			checkPage("purchase import preview at " + width);
			browser.press("취소하고 파일 삭제");
			assertThat(browser.awaitText("main", "취소")).contains("가져오기를 취소하고 올린 파일을 삭제했습니다.");
		}
	}
}
