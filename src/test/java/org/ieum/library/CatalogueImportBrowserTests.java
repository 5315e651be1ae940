package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * Staff import a catalogue table in Chromium at desktop width and on a phone: from the library's staff menu to the
 * upload, the preview with a rejected row, the choice of the valid rows and the done page. Every page passes axe-core
 * with no serious or critical violation and never scrolls sideways.
 */
@IeumSpringTest
class CatalogueImportBrowserTests {

	private static final int[] WIDTHS = { Browser.DESKTOP_WIDTH, Browser.PHONE_WIDTH };

	@RegisterExtension
	static final Browser browser = new Browser();

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
		browser.assertNoUnresolvedMessages(name);
	}

	@Test
	void staffUploadPreviewAndImportACatalogue(@TempDir Path dir) throws IOException {
		for (int width : WIDTHS) {
			String isbn = CatalogueImportTests.freshIsbn13();
			Path file = dir.resolve("도서목록-" + width + ".csv");
			Files.writeString(file, "제목,저자,출판사,발행연도,ISBN,권수\n"
					+ "화면에서 가져온 책 " + width + ",이음 저자,이음출판,2022," + isbn + ",2\n"
					+ "연도가 이상한 책,저자,,999,,1\n");
			browser.driver().manage().deleteAllCookies();
			browser.viewport(width, Browser.DESKTOP_HEIGHT).logIn("staff.gimhae@ieum.example", "ieum2026!");
			browser.open("/admin/library");
			browser.driver().findElement(By.linkText("목록 가져오기")).click();
			assertThat(browser.awaitText("main h1", "도서 목록 가져오기")).contains("도서 목록 가져오기");
			checkPage("catalogue import at " + width);
			browser.attach("import-file", file).press("올리고 미리보기");
			assertThat(browser.awaitText("main", "가져올 수 없는 행")).contains("발행연도를 읽을 수 없거나 맞지 않습니다")
				.contains("화면에서 가져온 책 " + width + " · 이음 저자 · 새 책 2권");
			checkPage("catalogue import preview at " + width);
			browser.driver().findElement(By.cssSelector("label[for=validRowsOnly]")).click();
			browser.press("가져오기");
			assertThat(browser.awaitText("main h1", "가져오기 완료")).contains("가져오기 완료");
			assertThat(browser.driver().findElement(By.id("count-imported")).getText()).isEqualTo("1");
			checkPage("catalogue import done at " + width);
		}
	}
}
