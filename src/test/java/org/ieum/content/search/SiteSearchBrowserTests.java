package org.ieum.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * The search box in the header of every page and the result page, in Chromium at desktop and
 * phone width, under axe-core without a serious or critical violation.
 */
@IeumSpringTest
class SiteSearchBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	private static String q(String words) {
		return URLEncoder.encode(words, StandardCharsets.UTF_8);
	}

	@Test
	void theResultPagesPassAtDesktopAndPhoneWidth() {
		assertThat(browser.problemsOnPages(WIDTHS, "/search?q=" + q("회의실"), "/c/busan/search?q=" + q("회의실"),
				"/c/busan/search?kind=spaces&q=" + q("회의실"), "/c/busan/search?q=" + q("<script>x</script>"),
				"/search?q=", "/search?q=" + q("가".repeat(101)))).isEmpty();
	}

	@Test
	void aVisitorSearchesFromTheHeaderOfAPortalPageAtEitherWidth() {
		for (int width : WIDTHS) {
			browser.viewport(width, Browser.PHONE_HEIGHT).open("/c/busan/boards");
			assertThat(browser.field("header-search-q").isDisplayed()).as("search box shown at " + width + " px").isTrue();
			browser.fill("header-search-q", "회의실").submit();
			assertThat(browser.awaitText("main", "회의실 1")).contains("회의실 1");
			assertThat(browser.driver().getCurrentUrl()).contains("/c/busan/search?q=");
			assertThat(browser.driver().findElements(By.cssSelector(".search-tabs a[aria-current]"))).hasSize(1);
			browser.assertNoSeriousViolations("search results from the header at " + width + " px");
			browser.assertNoHorizontalScroll("search results from the header at " + width + " px");
		}
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/");
		browser.fill("header-search-q", "회의실").submit();
		assertThat(browser.awaitText("main", "김해")).contains("부산", "김해");
	}
}
