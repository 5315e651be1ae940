package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.ieum.support.Browser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The library as people use it in Chromium, on a desktop and on a phone: a visitor searches the
 * catalogue, staff add a book by ISBN and lend it at the desk by typing the barcode and Enter (as a
 * USB scanner does), a member places a hold and sees it on My page, and the returned copy goes to
 * the hold shelf; every page under axe-core.
 */
@IeumSpringTest
class LibraryBrowserTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String STAFF = "staff.gimhae@ieum.example";

	@RegisterExtension
	static final Browser browser = new Browser();

	@Autowired
	JdbcTemplate jdbc;

	private String member(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?", email,
				"도서 " + prefix, STAFF);
		long id = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)", id);
		return email;
	}

	private void logInAs(String email) {
		browser.driver().manage().deleteAllCookies();
		browser.logIn(email, PASSWORD);
	}

	private void checkPage(String name) {
		browser.assertNoSeriousViolations(name);
		browser.assertNoHorizontalScroll(name);
	}

	private void scan(String fieldId, String barcode) {
		var field = browser.field(fieldId);
		field.clear();
		field.sendKeys(barcode + Keys.ENTER);
	}

	@Test
	void searchLendHoldAndReturnOnDesktop() {
		scenario(Browser.DESKTOP_WIDTH, Browser.DESKTOP_HEIGHT);
	}

	@Test
	void searchLendHoldAndReturnOnAPhone() {
		scenario(Browser.PHONE_WIDTH, Browser.PHONE_HEIGHT);
	}

	private void scenario(int width, int height) {
		String title = "브라우저 협동조합 도서 " + System.nanoTime() % 1_000_000;
		String borrower = member("borrow");
		String holder = member("hold");

		browser.driver().manage().deleteAllCookies();
		browser.viewport(width, height).open("/c/gimhae/library");
		browser.fill("library-q", "마을기업 사례집").submit();
		assertThat(browser.awaitText("main", "마을기업 사례집")).contains("대출 가능");
		checkPage("catalogue search " + width);

		logInAs(STAFF);
		browser.viewport(width, height).open("/admin/library/books/new");
		checkPage("add a book " + width);
		String twelve = String.format("979%09d", System.nanoTime() % 1_000_000_000L);
		browser.fill("book-isbn", twelve + org.ieum.library.books.Isbn.checkDigit13(twelve)).fill("book-title", title)
			.fill("book-authors", "브라우저 작가").fill("book-copies", "1").submit();
		assertThat(browser.awaitText(".flash-notice", "책을 등록했습니다.")).contains("책을 등록했습니다.");
		checkPage("book in the back office " + width);
		long book = jdbc.queryForObject("select id from library_book where title = ?", Long.class, title);
		String barcode = jdbc.queryForObject("select barcode from library_copy where book_id = ?", String.class, book);

		browser.open("/admin/library/desk");
		checkPage("desk " + width);
		browser.fill("checkout-member", borrower);
		scan("checkout-barcode", barcode);
		assertThat(browser.awaitText(".flash-notice", "대출했습니다.")).contains("대출했습니다.");
		assertThat(browser.awaitText(".library-receipt", title)).contains("반납 예정");
		checkPage("desk after a checkout " + width);

		logInAs(holder);
		browser.viewport(width, height).open("/c/gimhae/library/" + book);
		assertThat(browser.awaitText("main", "대출 중")).contains(barcode);
		checkPage("book all out " + width);
		browser.press("예약하기");
		assertThat(browser.awaitText(".flash-notice", "예약했습니다.")).contains("예약했습니다.");
		browser.open("/my/library");
		assertThat(browser.awaitText("main", title)).contains("예약 대기 1번째입니다.");
		checkPage("my library " + width);

		logInAs(STAFF);
		browser.viewport(width, height).open("/admin/library/desk");
		scan("checkin-barcode", barcode);
		assertThat(browser.awaitText(".flash-notice", "예약 서가로")).contains("예약 서가로");
		assertThat(browser.awaitText("main", "예약 서가")).contains(title);
		checkPage("desk with the hold shelf " + width);
		browser.open("/admin/library/overdue");
		checkPage("overdue list " + width);
		browser.open("/admin/library/rules");
		checkPage("lending rules " + width);
		browser.open("/admin/library");
		checkPage("catalogue in the back office " + width);
	}
}
