package org.ieum.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The boards in Chromium at desktop and phone width: visitors read 알림마당, a board list, a
 * post, a gallery and the FAQ, and staff write a notice with a PDF that visitors then find;
 * every page under axe-core without a serious or critical violation.
 */
@IeumSpringTest
class ContentBrowserTests {

	private static final String STAFF = "content-browser-busan@example.kr";
	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	ContentFixtures fixtures;

	@BeforeEach
	void staff() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "부산 누리집 담당", "CENTER_STAFF", "busan");
	}

	private void checkPage(String name) {
		browser.assertNoUnresolvedMessages(name);
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	@Test
	void visitorsReadTheBoardsAtDesktopAndPhoneWidth() {
		long notice = jdbc.queryForObject("select min(p.id) from content_post p join content_board b on b.id = p.board_id "
				+ "join centers_center c on c.id = b.center_id where c.slug = 'busan' and b.slug = 'notice'", Long.class);
		long shared = jdbc.queryForObject("select min(t.post_id) from content_post_target t join centers_center c on c.id = t.center_id "
				+ "where c.slug = 'gunsan'", Long.class);
		assertThat(browser.problemsOnPages(WIDTHS, "/", "/c/busan/boards", "/c/busan/boards/notice",
				"/c/busan/boards/notice/" + notice, "/c/busan/boards/notice/" + notice + "/print", "/c/busan/boards/gallery",
				"/c/busan/boards/faq", "/c/gunsan/boards/notice/" + shared, "/c/gimhae/boards/free", "/c/busan/newsletter",
				"/newsletter")).isEmpty();
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/c/busan/boards/notice/" + notice);
		assertThat(browser.driver().findElement(By.id("share-url")).getAttribute("value"))
			.endsWith("/c/busan/boards/notice/" + notice);
		browser.open("/");
		assertThat(browser.awaitText(".content-news", "새 소식")).contains("새 소식");
	}

	@Test
	void staffWriteANoticeWithAPdfThatVisitorsThenOpen() throws Exception {
		Path pdf = Files.createDirectories(Path.of("target", "content-browser")).resolve("행사 안내문.pdf");
		Files.write(pdf, ContentFixtures.pdf());
		String title = "브라우저 행사 안내 " + System.nanoTime() % 100_000;
		long board = fixtures.boardId("busan", "notice");

		browser.logIn(STAFF, ContentFixtures.PASSWORD);
		browser.viewport(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT).open("/admin/content");
		checkPage("staff boards");
		browser.open("/admin/content/boards/" + board);
		checkPage("staff board");
		browser.open("/admin/content/newsletter/new");
		checkPage("new newsletter issue");
		browser.open("/admin/content/newsletter/subscribers");
		checkPage("newsletter subscribers");
		browser.open("/admin/content/boards/" + board + "/posts/new");
		checkPage("new post form");
		browser.fill("title", title).fill("body", "다음 주 토요일에 행사가 열립니다.\n\n많은 참여 바랍니다.");
		browser.attach("files", pdf).submit();
		assertThat(browser.awaitText(".flash-notice", "글을 등록했습니다.")).isEqualTo("글을 등록했습니다.");
		checkPage("edit post with attachment");

		browser.driver().manage().deleteAllCookies();
		browser.viewport(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT).open("/c/busan/boards/notice");
		browser.press(title);
		assertThat(browser.awaitText("main h1", title)).isEqualTo(title);
		assertThat(browser.driver().findElement(By.cssSelector(".content-files")).getText()).contains("행사 안내문.pdf");
		assertThat(browser.driver().findElement(By.cssSelector(".content-body")).getText()).contains("많은 참여 바랍니다.");
		checkPage("new post for visitors");
	}
}
