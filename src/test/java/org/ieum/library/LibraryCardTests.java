package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.library.books.Isbn;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Library card numbers: staff issue one to a member (unique per center, a new number replaces the
 * old), the member sees it on My page, and the desk lends by the card number as by the e-mail.
 */
@IeumSpringTest
class LibraryCardTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String member(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp, current_timestamp from identity_account where email = ?",
				email, "카드 회원 " + prefix, GIMHAE_STAFF);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				accountId(email));
		return email;
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private String gimhae() {
		return String.valueOf(jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class));
	}

	private static String freshNumber() {
		return "T-" + (System.nanoTime() / 1000 % 100_000_000L) + SEQ.incrementAndGet();
	}

	private static String freshIsbn() {
		String twelve = String.format("979%09d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 1_000_000_000L);
		return twelve + Isbn.checkDigit13(twelve);
	}

	private int cardsOf(String email) {
		return jdbc.queryForObject("select count(*) from library_card where account_id = ?", Integer.class, accountId(email));
	}

	@Test
	void staffIssueACardNumberTheMemberSeesItAndTheDeskLendsByIt() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String reader = member("reader");
		String number = freshNumber();

		// typed in small letters with spaces around: stored in capitals
		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", reader).param("cardNumber", " " + number.toLowerCase() + " "))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "library.notice.cardIssued"));
		assertThat(jdbc.queryForObject("select card_number from library_card where account_id = ?", String.class,
				accountId(reader))).isEqualTo(number);
		mvc.perform(get("/admin/library/cards").session(staff).param("center", gimhae()))
			.andExpect(content().string(containsString(number)))
			.andExpect(content().string(containsString("카드 회원 reader")));
		mvc.perform(get("/my/library").session(login(reader)))
			.andExpect(content().string(containsString(number)));

		// the desk finds the borrower by the card number
		String isbn = freshIsbn();
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", gimhae())
			.param("isbn", isbn).param("title", "카드 대출 책 " + number).param("authors", "이음").param("copies", "1"))
			.andExpect(status().is3xxRedirection());
		String barcode = jdbc.queryForObject(
				"select c.barcode from library_copy c join library_book b on b.id = c.book_id where b.isbn = ?", String.class, isbn);
		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf()).param("center", gimhae())
			.param("member", number).param("barcode", barcode))
			.andExpect(flash().attribute("notice", "library.notice.checkedOut"));
		assertThat(jdbc.queryForObject("select account_id from library_loan where open_copy_id = "
				+ "(select id from library_copy where barcode = ?)", Long.class, barcode)).isEqualTo(accountId(reader));

		// a new number replaces the old one, which no longer finds anyone
		String replacement = freshNumber();
		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", reader).param("cardNumber", replacement))
			.andExpect(flash().attribute("notice", "library.notice.cardIssued"));
		assertThat(cardsOf(reader)).isEqualTo(1);
		mvc.perform(post("/admin/library/desk/checkin").session(staff).with(csrf()).param("center", gimhae())
			.param("barcode", barcode));
		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf()).param("center", gimhae())
			.param("member", number).param("barcode", barcode))
			.andExpect(Flashes.error("카드 번호 " + number + "인 대출 카드가 이 센터에 없습니다. 카드 번호나 회원 이메일을 확인해 주세요."));
		assertThat(jdbc.queryForObject("select state from library_copy where barcode = ?", String.class, barcode))
			.isEqualTo("AVAILABLE");
	}

	@Test
	void aNumberAnotherMemberUsesOrABadNumberIsRefusedAndChangesNothing() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String first = member("first");
		String second = member("second");
		String number = freshNumber();
		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", first).param("cardNumber", number))
			.andExpect(flash().attribute("notice", "library.notice.cardIssued"));

		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", second).param("cardNumber", number))
			.andExpect(Flashes.error("카드 번호 " + number + "은(는) 이 센터의 다른 회원이 쓰고 있습니다. 다른 번호를 발급해 주세요."));
		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", second).param("cardNumber", "카드<1>"))
			.andExpect(Flashes.error("카드 번호는 영문, 숫자, 하이픈(-)으로 4~20자여야 합니다."));
		mvc.perform(post("/admin/library/cards").session(staff).with(csrf()).param("center", gimhae())
			.param("member", "nobody-" + number + "@example.kr").param("cardNumber", freshNumber()))
			.andExpect(Flashes.error("이 이메일로 가입한 회원이 없습니다. 회원 이메일을 확인해 주세요."));
		assertThat(cardsOf(second)).isZero();
		assertThat(jdbc.queryForObject("select account_id from library_card where card_number = ?", Long.class, number))
			.isEqualTo(accountId(first));
	}
}
