package org.ieum.content.guides;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.ieum.support.Browser;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 인·지정 안내 pages at 1280 and 360 px: the list, a guide and the staff editor have an h1, no untranslated key,
 * no sideways scrolling and no serious axe violation; the portal menu leads to the guides.
 */
@IeumSpringTest
class DesignationGuidesBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theGuidesForVisitors() {
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS, "/c/gimhae/guides",
				"/c/gimhae/guides/social-enterprise", "/c/busan/guides/village-enterprise"));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
		browser.open("/c/gimhae/guides");
		browser.press("사회적기업(인증)");
		assertThat(browser.awaitText("main h1", "안내")).isEqualTo("사회적기업(인증) 안내");
		assertThat(browser.driver().findElement(org.openqa.selenium.By.tagName("main")).getText())
			.contains("절차", "요건", "준비서류", "일정", "매년 4월 말과 10월 말");
	}

	@Test
	void theStaffEditor() {
		browser.logIn("staff.gimhae@ieum.example", "ieum2026!");
		List<String> problems = new ArrayList<>(browser.problemsOnPages(WIDTHS,
				"/admin/content/guides/cooperative?center=" + DemoStaff.centerId(jdbc, "gimhae")));
		assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
	}
}
