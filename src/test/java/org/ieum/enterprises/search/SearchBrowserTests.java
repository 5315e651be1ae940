package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page in a real browser: htmx swaps the results and keeps the URL in step, the
 * facets filter, the profile opens from a result, all at 360 px with no serious axe violation.
 */
@IeumSpringTest
class SearchBrowserTests {

	@RegisterExtension
	static final Browser browser = new Browser();

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.NARROWEST_WIDTH };

	private String url() {
		return URLDecoder.decode(browser.driver().getCurrentUrl(), StandardCharsets.UTF_8);
	}

	@Test
	void searchFilterAndOpenAProfileOnA360PxPhone() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/busan/organizations");
		WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(15));
		WebElement before = browser.driver().findElement(By.id("search-results"));
		browser.fill("q", "행복베이커리").submit();
		// htmx replaced the results in place and pushed the search into the address bar
		wait.until(ExpectedConditions.stalenessOf(before));
		wait.until(d -> url().contains("q=행복베이커리"));
		assertThat(browser.driver().findElement(By.id("search-results")).getText()).contains("행복베이커리 사회적협동조합");
		assertThat(browser.driver().findElements(By.cssSelector("#search-results mark"))).isNotEmpty();
		browser.assertNoHorizontalScroll("search at 360 px");
		browser.assertNoSeriousViolations("search at 360 px");

		// ticking a facet filters at once, no button needed with JavaScript
		WebElement results = browser.driver().findElement(By.id("search-results"));
		WebElement facet = browser.driver().findElement(By.cssSelector("input[name=type][value=SOCIAL_ENTERPRISE]"));
		browser.js("arguments[0].scrollIntoView({block: 'center'})", facet);
		facet.click();
		wait.until(ExpectedConditions.stalenessOf(results));
		wait.until(d -> url().contains("type=SOCIAL_ENTERPRISE"));
		assertThat(url()).contains("q=행복베이커리");
		assertThat(browser.driver().findElement(By.cssSelector("input[name=type][value=SOCIAL_ENTERPRISE]")).isSelected())
			.isTrue();
		browser.assertNoSeriousViolations("filtered search at 360 px");

		// the back button restores the unfiltered search
		browser.driver().navigate().back();
		wait.until(d -> !url().contains("type=SOCIAL_ENTERPRISE"));
		wait.until(d -> !d.findElement(By.cssSelector("input[name=type][value=SOCIAL_ENTERPRISE]")).isSelected());

		browser.press("행복베이커리 사회적협동조합");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), "행복베이커리 사회적협동조합"));
		browser.assertNoHorizontalScroll("profile at 360 px");
		browser.assertNoSeriousViolations("profile at 360 px");
	}

	@Test
	void theSearchAndAdminPagesHaveNoProblems() {
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS, "/c/busan/organizations",
				"/c/busan/organizations?q=%EB%B2%A0%EC%9D%B4%EC%BB%A4%EB%A6%AC&type=SOCIAL_ENTERPRISE&sido=%EB%B6%80%EC%82%B0%EA%B4%91%EC%97%AD%EC%8B%9C&sort=DESIGNATED",
				"/c/jeonbuk/organizations?q=%EC%97%86%EB%8A%94%EB%A7%90"));
		browser.logIn("admin@ieum.example", "ieum2026!");
		problems.addAll(browser.problemsOnPages(WIDTHS, "/admin/organizations/search-index"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}
}
