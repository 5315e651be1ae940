package org.ieum.stats.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cohort list, a cohort's page and the public statistics with the cohort figure at 1280 and 360 px: an h1, no
 * untranslated key, no sideways scrolling, no serious axe violation; a cohort formed on the page shows its table.
 */
@IeumSpringTest
class CohortsBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCohortPagesAndThePublicFigure() {
		long cohort = jdbc.queryForObject("select min(k.id) from stats_cohort k join centers_center c on c.id = k.center_id"
				+ " where c.slug = 'busan'", Long.class);
		browser.logIn("staff.busan@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS, "/admin/cohorts", "/admin/cohorts/" + cohort,
				"/c/busan/statistics"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();

		browser.open("/admin/cohorts/" + cohort);
		assertThat(browser.driver().findElement(By.id("cohort-progress")).getText()).contains("설립", "지정", "인증",
				"3년 이내");
		browser.open("/c/busan/statistics");
		assertThat(browser.driver().findElement(By.tagName("main")).getText())
			.contains("코호트(기수)별 설립·지정·인증 성과");

		browser.open("/admin/cohorts");
		browser.driver().findElement(By.id("hand-name")).sendKeys("브라우저 확인 코호트");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2021-03-02'",
				browser.driver().findElement(By.id("hand-start")));
		browser.driver().findElement(By.cssSelector("form[action*='/admin/cohorts/hand'] button[type=submit]")).click();
		assertThat(browser.awaitText("h1", "브라우저 확인 코호트")).contains("브라우저 확인 코호트");
		browser.assertNoSeriousViolations("a new cohort's page");
	}
}
