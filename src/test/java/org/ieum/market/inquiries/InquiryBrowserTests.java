package org.ieum.market.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A buyer's inquiry in Chromium at desktop width and on a phone: the buyer fills the form on a product page (a
 * refusal first), lands on the private page; the organization's manager reads and answers it on My page; the buyer's
 * private page shows the answer; staff see the list. Every page passes axe-core with no serious or critical violation
 * and never scrolls sideways.
 */
@IeumSpringTest
class InquiryBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoUnresolvedMessages(name);
	}

	@Test
	void aBuyerAsksFromTheProductPageAndTheManagerAnswersOnMyPage() {
		long product = jdbc.queryForObject(
				"select min(product_id) from market_listing where organization_name like '행복베이커리%'", Long.class);
		String neededBy = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(10).toString();
		for (int width : WIDTHS) {
			String buyer = "브라우저 시험 구청 " + width;
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).open("/c/busan/market/products/" + product);
			assertThat(browser.awaitText("#inquiry h2", "구매·견적 문의")).contains("구매·견적 문의");
			checkPage("product page with the inquiry form at " + width);
			browser.fill("q-buyerOrganization", buyer).fill("q-contactName", "최주무관").fill("q-quantity", "50개")
				.fill("q-message", "행사용으로 50개 견적을 부탁드립니다.");
			browser.js("document.getElementById('q-neededBy').value = arguments[0]", neededBy);
			browser.press("문의 보내기");
			assertThat(browser.awaitText("main", "하나는 적어 주세요")).contains("전화번호와 이메일 중 하나는 적어 주세요.");
			checkPage("product page with a refused inquiry at " + width);
			assertThat(browser.field("q-message").getAttribute("value")).isEqualTo("행사용으로 50개 견적을 부탁드립니다.");
			browser.fill("q-email", "browser" + width + "@buyer.example");
			browser.press("문의 보내기");
			assertThat(browser.awaitText("main", "문의를 보냈습니다")).contains("아직 답변이 없습니다");
			checkPage("private inquiry page at " + width);
			String privatePage = browser.driver().getCurrentUrl();
			assertThat(privatePage).contains("/c/busan/market/inquiries/");

			browser.driver().manage().deleteAllCookies();
			browser.logIn("member@ieum.example", "ieum2026!");
			browser.open("/c/busan/my/market/inquiries");
			assertThat(browser.awaitText("main", buyer)).contains(buyer);
			checkPage("my inquiries at " + width);
			browser.driver().findElement(By.linkText(buyer)).click();
			assertThat(browser.awaitText("main", "최주무관")).contains("browser" + width + "@buyer.example");
			checkPage("my inquiry at " + width);
			browser.fill("inquiry-answer-text", "개당 3,000원에 맞출 수 있습니다.");
			browser.press("답변 보내기");
			assertThat(browser.awaitText("main", "답변을 보냈습니다")).contains("개당 3,000원에 맞출 수 있습니다.");
			checkPage("my answered inquiry at " + width);

			browser.driver().manage().deleteAllCookies();
			browser.driver().get(privatePage);
			assertThat(browser.awaitText("#inquiry-answer", "3,000원")).contains("개당 3,000원에 맞출 수 있습니다.");
			checkPage("private page with the answer at " + width);

			browser.logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market/inquiries");
			assertThat(browser.awaitText("#staff-inquiries", buyer)).contains("기한 지남").contains("br***@buyer.example");
			checkPage("staff inquiries at " + width);
		}
	}
}
