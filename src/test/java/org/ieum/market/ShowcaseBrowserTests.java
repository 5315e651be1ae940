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
 * The showcase in Chromium at desktop width and on a phone: a visitor searches in Korean, narrows by
 * a facet and opens a product; staff open their product list, a product's details and the categories.
 * Every page passes axe-core with no serious or critical violation and never scrolls sideways.
 */
@IeumSpringTest
class ShowcaseBrowserTests {

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
	void aVisitorSearchesNarrowsAndOpensAProduct() {
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).open("/c/busan/market");
			checkPage("showcase at " + width);
			browser.fill("q", "식빵").submit();
			assertThat(browser.awaitText("#results-heading", "제품·서비스")).contains("제품·서비스");
			assertThat(browser.driver().findElement(By.cssSelector(".market-cards")).getText()).contains("우리밀 식빵");
			browser.driver().findElement(By.linkText("우리밀 식빵")).click();
			assertThat(browser.awaitText("main h1", "우리밀 식빵")).contains("우리밀 식빵");
			checkPage("product page at " + width);
			browser.open("/c/busan/market?q=%EC%8B%9D%EB%B9%B5");
			// the first price range offered (the second choice after 전체)
			browser.driver().findElement(By.xpath("//fieldset[.//legend[text()='가격']]//li[2]/label")).click();
			browser.press("조건 적용");
			assertThat(browser.awaitText("main", "조건 지우기")).contains("조건 지우기");
			assertThat(browser.driver().getCurrentUrl()).contains("price=");
			checkPage("showcase narrowed at " + width);
			browser.open("/market");
			checkPage("network showcase at " + width);
		}
	}

	@Test
	void staffDescribeProductsAndKeepTheCategories() {
		long bread = jdbc.queryForObject("select min(product_id) from market_listing where name = '우리밀 식빵'", Long.class);
		for (int width : WIDTHS) {
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.busan@ieum.example", "ieum2026!");
			browser.open("/admin/market");
			assertThat(browser.awaitText("main", "우리밀 식빵")).contains("우리밀 식빵");
			checkPage("staff products at " + width);
			browser.open("/admin/market/products/" + bread);
			browser.fill("d-minOrder", "20개").submit();
			assertThat(browser.awaitText(".flash-notice", "저장했습니다")).contains("저장했습니다");
			checkPage("staff product at " + width);
			browser.open("/admin/market/categories");
			assertThat(browser.awaitText("main", "제과·제빵")).contains("식품 > 제과·제빵");
			checkPage("staff categories at " + width);
		}
	}
}
