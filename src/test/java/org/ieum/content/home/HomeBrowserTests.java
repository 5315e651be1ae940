package org.ieum.content.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A center's home page and its static pages in Chromium at desktop and phone width, under
 * axe-core: banner slides with a pause button, cards of notices, calls and courses, quick links,
 * and the popup notice that closes with Esc and stays away for the day when asked.
 */
@IeumSpringTest
class HomeBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aPortalHomeLooksLikeAFrontPageAtDesktopAndPhoneWidth() {
		assertThat(browser.problemsOnPages(WIDTHS, "/c/busan", "/c/gwangju")).isEmpty();
		for (int width : WIDTHS) {
			browser.viewport(width, Browser.DESKTOP_HEIGHT).open("/c/busan");
			browser.screenshot("home-busan-" + width);
			assertThat(browser.driver().findElements(By.cssSelector(".home-grid .home-card h2")))
				.extracting(WebElement::getText)
				.contains("공지사항", "보도자료", "지원사업 공고", "교육·행사");
			assertThat(browser.driver().findElements(By.cssSelector(".home-links li"))).hasSizeGreaterThanOrEqualTo(4);
			// one slide at a time, each picture with its alternative text
			assertThat(browser.driver().findElements(By.cssSelector(".banner-slides > li")))
				.filteredOn(WebElement::isDisplayed).hasSize(1);
			assertThat(browser.driver().findElements(By.cssSelector(".banner-slides img")))
				.allSatisfy(img -> assertThat(img.getAttribute("alt")).isNotBlank());
		}
		WebElement pause = browser.driver().findElement(By.cssSelector("[data-carousel-pause]"));
		assertThat(pause.isDisplayed()).isTrue();
		pause.click();
		assertThat(pause.getText()).isEqualTo("재생");
		WebElement next = browser.driver().findElement(By.cssSelector("[data-carousel-next]"));
		next.click();
		assertThat(browser.driver().findElement(By.cssSelector("[data-carousel-count]")).getText()).startsWith("2 /");
	}

	@Test
	void theStaticPagesAndPoliciesReadWellAtDesktopAndPhoneWidth() {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		if (jdbc.queryForObject("select count(*) from content_org_member where center_id = ?", Integer.class, busan) == 0) {
			jdbc.update("insert into content_org_member (center_id, team, name, role, phone, position) values "
					+ "(?, '경영지원팀', '김부산', '센터장', '051-000-1000', 1), (?, '경영지원팀', '이회계', '회계·총무', '051-000-1001', 2), "
					+ "(?, '기업성장팀', '박성장', '창업·판로 지원', '051-000-1002', 3)", busan, busan, busan);
			jdbc.update("insert into content_history_row (center_id, event_year, event_month, text) values "
					+ "(?, 2016, 3, '부산광역시 사회적경제지원센터 문을 엶'), (?, 2024, 11, '사회적경제 한마당 개최'), "
					+ "(?, 2024, null, '공유 사무실 20곳 마련')", busan, busan, busan);
		}
		assertThat(browser.problemsOnPages(WIDTHS, "/c/busan/pages/greeting", "/c/busan/pages/history",
				"/c/busan/pages/organization", "/c/busan/pages/directions", "/policies/privacy", "/policies/terms/1",
				"/c/busan/policies/privacy")).isEmpty();
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/busan/pages/organization");
		browser.screenshot("pages-organization-360");
		assertThat(browser.driver().findElements(By.cssSelector(".org-teams h2"))).extracting(WebElement::getText)
			.containsExactly("경영지원팀", "기업성장팀");
		browser.open("/c/busan/pages/directions");
		browser.screenshot("pages-directions-360");
		assertThat(browser.driver().findElement(By.linkText("카카오맵에서 위치 보기")).getAttribute("href"))
			.startsWith("https://map.kakao.com/?q=");
		// the portal's footer links the policy in force today (the network's while Busan has none of its own)
		browser.driver().findElement(By.cssSelector(".site-footer a[href='/c/busan/policies/privacy']")).click();
		assertThat(browser.heading()).isEqualTo("개인정보처리방침");
	}

	@Test
	void theStaffPagesOfTheHomePagesAndPoliciesPassAxe() {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		browser.logIn("admin@ieum.example", "ieum2026!");
		assertThat(browser.problemsOnPages(WIDTHS, "/admin/content/home?center=" + busan, "/admin/content/pages?center=" + busan,
				"/admin/content/policies")).isEmpty();
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/admin/content/home?center=" + busan);
		browser.screenshot("home-admin-1280");
		browser.driver().manage().deleteAllCookies();
	}

	@Test
	void thePopupClosesByKeyboardAndStaysAwayForTheDayWhenAsked() {
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/gwangju");
		browser.js("window.localStorage.clear()");
		browser.open("/c/gwangju");
		assertThat(popupOpen()).isTrue();
		browser.screenshot("home-popup-360");
		browser.assertNoSeriousViolations("home with popup");
		// the dialog has the keyboard focus, and Esc closes it
		assertThat(browser.focused().getText()).isEqualTo("오늘 하루 보지 않기");
		new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
		assertThat(popupOpen()).isFalse();

		browser.open("/c/gwangju");
		assertThat(popupOpen()).isTrue();
		browser.focused().sendKeys(Keys.ENTER);
		assertThat(popupOpen()).isFalse();
		browser.open("/c/gwangju");
		assertThat(popupOpen()).as("closed for today").isFalse();
		browser.js("window.localStorage.clear()");
	}

	private boolean popupOpen() {
		return Boolean.TRUE.equals(browser.js("var d = document.querySelector('dialog[data-popup]'); return d != null && d.open;"));
	}
}
