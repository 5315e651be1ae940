package org.ieum.market;

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
 * Markets and fairs in Chromium at desktop width and on a phone: staff read the demo market's booths and sales totals,
 * visitors see its booths and participants on the portal, and the demo member applies for a booth on My page. Every
 * page passes axe-core with no serious or critical violation and never scrolls sideways.
 */
@IeumSpringTest
class FairsBrowserTests {

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

	/** A Busan fair taking applications today. */
	private String openFair(int width) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		String title = "화면 시험 장터 " + width + " " + System.nanoTime() % 100_000;
		jdbc.update("insert into market_fair (center_id, title, fair_date, opens_at, closes_at, place, booths, fee_won,"
				+ " conditions, apply_from, apply_until, created_at) values ((select id from centers_center where slug ="
				+ " 'busan'), ?, ?, time '10:00', time '17:00', '해운대 광장', 8, 30000, '부산의 조직', ?, ?,"
				+ " current_timestamp)", title, today.plusDays(40), today.minusDays(1), today.plusDays(20));
		return title;
	}

	@Test
	void staffVisitorsAndOrganizationsSeeTheMarket() {
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market/fairs");
			assertThat(browser.awaitText("#fairs", "부산 사회적경제 나눔장터")).contains("부산시민공원 다솜광장");
			checkPage("staff fairs at " + width);
			browser.driver().findElement(By.linkText("부산 사회적경제 나눔장터")).click();
			assertThat(browser.awaitText("#fair-totals", "원")).contains("12개 중");
			assertThat(browser.awaitText("main", "행복베이커리")).contains("매출 적기");
			checkPage("staff fair at " + width);

			browser.driver().manage().deleteAllCookies();
			browser.open("/c/busan/market/fairs");
			assertThat(browser.awaitText("main", "부산 사회적경제 나눔장터")).contains("부산시민공원 다솜광장");
			checkPage("portal fairs at " + width);
			browser.driver().findElement(By.linkText("부산 사회적경제 나눔장터")).click();
			assertThat(browser.awaitText("#fair-booths", "1번")).contains("행복베이커리 사회적협동조합");
			checkPage("portal fair at " + width);

			String title = openFair(width);
			browser.logIn("member@ieum.example", "ieum2026!");
			browser.open("/c/busan/my/market/fairs");
			assertThat(browser.awaitText("main", title)).contains("부산 사회적경제 나눔장터");
			checkPage("my fairs at " + width);
			browser.driver().findElement(By.cssSelector("button[aria-label='" + title + " 부스 신청']")).click();
			assertThat(browser.awaitText("main", "부스를 신청했습니다")).contains("선정 대기");
			checkPage("my fairs after applying at " + width);
		}
	}
}
