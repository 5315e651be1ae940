package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.library.books.Isbn;
import org.ieum.library.lending.Holds;
import org.ieum.library.lending.OverdueReminders;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The library through the pages staff and members use: a book added by its ISBN, lending at the
 * desk under the center's rules, the hold queue with its mails and pickup deadline, renewals,
 * overdue reminders sent once, the public catalogue and API; every refusal changes nothing.
 */
@IeumSpringTest
class LibraryFlowTests {

	private static final String PASSWORD = "ieum2026!";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Holds holds;

	@Autowired
	OverdueReminders reminders;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	Clock clock;

	// ---- helpers ----

	/** A fresh member with a verified address (other tests change some demo accounts). */
	private String member(String prefix) {
		String email = prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at) "
				+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp, current_timestamp from identity_account where email = ?",
				email, "독자 " + prefix, GIMHAE_STAFF);
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

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	/** A valid ISBN-13 no other test uses. */
	private static String freshIsbn() {
		String twelve = String.format("979%09d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 1_000_000_000L);
		return twelve + Isbn.checkDigit13(twelve);
	}

	/** Staff add a book with copies through the page; returns its id. */
	private long addBook(MockHttpSession staff, String title, int copies) throws Exception {
		String isbn = freshIsbn();
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", String.valueOf(gimhae()))
			.param("isbn", isbn).param("title", title).param("authors", "이음 작가").param("subject", "사회적경제")
			.param("copies", String.valueOf(copies)))
			.andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from library_book where isbn = ?", Long.class, isbn);
	}

	private String barcode(long bookId, int n) {
		return jdbc.queryForList("select barcode from library_copy where book_id = ? order by id", String.class, bookId)
			.get(n - 1);
	}

	private String state(String barcode) {
		return jdbc.queryForObject("select state from library_copy where barcode = ?", String.class, barcode);
	}

	private void checkOut(MockHttpSession staff, String member, String barcode) throws Exception {
		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("member", member).param("barcode", barcode))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "library.notice.checkedOut"));
	}

	private int mailsTo(String email, String subjectPart) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, email, "%" + subjectPart + "%");
	}

	private static String unique(String word) {
		return word + " " + System.nanoTime() % 1_000_000_000L + "-" + SEQ.incrementAndGet();
	}

	// ---- tests ----

	@Test
	void anInvalidIsbnIsRefusedInKoreanAndAnIsbn10IsStoredAsIsbn13() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String title = unique("잘못된 ISBN 책");
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", String.valueOf(gimhae()))
			.param("isbn", "978-89-6626-282-4").param("title", title).param("authors", "김작가").param("copies", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("올바른 ISBN이 아닙니다")));
		assertThat(jdbc.queryForObject("select count(*) from library_book where title = ?", Integer.class, title)).isZero();

		// an ISBN-10 no other test uses is not at hand, so remove the one this test may have left before
		jdbc.update("delete from library_copy where book_id in (select id from library_book where isbn = '9780306406157')");
		jdbc.update("delete from library_book where isbn = '9780306406157'");
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", String.valueOf(gimhae()))
			.param("isbn", "0-306-40615-2").param("title", title).param("authors", "김작가").param("copies", "2"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select isbn from library_book where title = ?", String.class, title))
			.isEqualTo("9780306406157");
		assertThat(jdbc.queryForObject(
				"select count(*) from library_copy c join library_book b on b.id = c.book_id where b.title = ? and c.state = 'AVAILABLE'",
				Integer.class, title)).isEqualTo(2);

		// the same ISBN again: refused on the field, nothing added
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", String.valueOf(gimhae()))
			.param("isbn", "9780306406157").param("title", title + " 2").param("authors", "김작가").param("copies", "1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("이미 소장 도서에 있습니다")));
		assertThat(jdbc.queryForObject("select count(*) from library_book where isbn = '9780306406157'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void aReturnedCopyGoesToTheFirstHoldAndAnUncollectedHoldPassesToTheNext() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String title = unique("예약 대기열 책");
		long book = addBook(staff, title, 1);
		String copy = barcode(book, 1);
		String reader = member("reader");
		String first = member("first");
		String second = member("second");

		// a hold on a copy that is on the shelf is refused
		MockHttpSession firstSession = login(first);
		mvc.perform(post("/c/gimhae/library/" + book + "/hold").session(firstSession).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(Flashes.error("대출할 수 있는 책이 서가에 있어 예약할 수 없습니다. 센터 데스크에서 빌려 가세요."));
		assertThat(jdbc.queryForObject("select count(*) from library_hold where book_id = ?", Integer.class, book)).isZero();

		checkOut(staff, reader, copy);
		assertThat(state(copy)).isEqualTo("ON_LOAN");
		// the same copy again: refused, still one open loan
		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("member", first).param("barcode", copy))
			.andExpect(Flashes.error("등록번호 " + copy + "인 책은 이미 대출 중입니다. 먼저 반납 처리해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from library_loan where copy_id = (select id from library_copy where barcode = ?)",
				Integer.class, copy)).isEqualTo(1);

		mvc.perform(post("/c/gimhae/library/" + book + "/hold").session(firstSession).with(csrf()))
			.andExpect(flash().attribute("notice", "library.notice.holdPlaced"));
		mvc.perform(post("/c/gimhae/library/" + book + "/hold").session(firstSession).with(csrf()))
			.andExpect(Flashes.error("이미 이 책을 예약했습니다."));
		MockHttpSession secondSession = login(second);
		mvc.perform(post("/c/gimhae/library/" + book + "/hold").session(secondSession).with(csrf()))
			.andExpect(flash().attribute("notice", "library.notice.holdPlaced"));
		mvc.perform(get("/my/library").session(secondSession))
			.andExpect(content().string(containsString("예약 대기 2번째입니다.")));

		// the borrower cannot renew a book others wait for
		MockHttpSession readerSession = login(reader);
		long loan = jdbc.queryForObject("select id from library_loan where book_id = ? and returned_at is null", Long.class, book);
		LocalDate due = jdbc.queryForObject("select due_on from library_loan where id = ?", LocalDate.class, loan);
		mvc.perform(post("/my/library/loans/" + loan + "/renew").session(readerSession).with(csrf()))
			.andExpect(Flashes.error("이 책을 기다리는 예약이 있어 연장할 수 없습니다."));
		assertThat(jdbc.queryForObject("select due_on from library_loan where id = ?", LocalDate.class, loan)).isEqualTo(due);

		// returned: to the hold shelf for the first in the queue, who gets a mail
		mvc.perform(post("/admin/library/desk/checkin").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("barcode", copy))
			.andExpect(flash().attribute("notice", "library.notice.checkedInForHold"));
		assertThat(state(copy)).isEqualTo("ON_HOLD_SHELF");
		assertThat(mailsTo(first, title)).isEqualTo(1);
		assertThat(mailsTo(second, title)).isZero();
		mvc.perform(get("/admin/library/desk").session(staff).param("center", String.valueOf(gimhae())))
			.andExpect(content().string(containsString(title)));

		// the second in the queue cannot take it
		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("member", second).param("barcode", copy))
			.andExpect(Flashes.error("등록번호 " + copy + "인 책은 다른 회원의 예약 도서입니다."));

		// the first never came: after the deadline the copy passes to the second, who gets a mail
		jdbc.update("update library_hold set pickup_by = ? where book_id = ? and status = 'READY'",
				Seoul.today(clock).minusDays(1), book);
		assertThat(holds.expireUncollected()).isGreaterThanOrEqualTo(1);
		assertThat(jdbc.queryForObject("select status from library_hold where account_id = ? and book_id = ?", String.class,
				accountId(first), book)).isEqualTo("EXPIRED");
		assertThat(jdbc.queryForObject("select status from library_hold where account_id = ? and book_id = ?", String.class,
				accountId(second), book)).isEqualTo("READY");
		assertThat(mailsTo(second, title)).isEqualTo(1);
		assertThat(holds.expireUncollected()).isZero();

		checkOut(staff, second, copy);
		assertThat(state(copy)).isEqualTo("ON_LOAN");
		assertThat(jdbc.queryForObject("select status from library_hold where account_id = ? and book_id = ?", String.class,
				accountId(second), book)).isEqualTo("COLLECTED");
	}

	@Test
	void aCopyAddedWhileMembersWaitGoesToTheFirstOfThemNotToTheShelf() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String title = unique("추가 소장 책");
		long book = addBook(staff, title, 1);
		checkOut(staff, member("reader"), barcode(book, 1));
		String waiting = member("waiting");
		mvc.perform(post("/c/gimhae/library/" + book + "/hold").session(login(waiting)).with(csrf()))
			.andExpect(flash().attribute("notice", "library.notice.holdPlaced"));

		mvc.perform(post("/admin/library/books/" + book + "/copies").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())))
			.andExpect(flash().attribute("notice", "library.notice.copyAdded"));
		assertThat(state(barcode(book, 2))).isEqualTo("ON_HOLD_SHELF");
		assertThat(jdbc.queryForObject("select status from library_hold where book_id = ?", String.class, book))
			.isEqualTo("READY");
		assertThat(mailsTo(waiting, title)).isEqualTo(1);
	}

	@Test
	void anOverdueBookBlocksBorrowingAndRenewingAndItsRemindersGoOutOncePerReminder() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		String title = unique("연체 시험 책");
		long book = addBook(staff, title, 2);
		String reader = member("late");
		checkOut(staff, reader, barcode(book, 1));
		long loan = jdbc.queryForObject("select id from library_loan where book_id = ? and returned_at is null", Long.class, book);
		LocalDate today = Seoul.today(clock);
		jdbc.update("update library_loan set due_on = ? where id = ?", today.minusDays(2), loan);

		mvc.perform(post("/admin/library/desk/checkout").session(staff).with(csrf())
			.param("center", String.valueOf(gimhae())).param("member", reader).param("barcode", barcode(book, 2)))
			.andExpect(Flashes.error("연체 중인 책이 있어 새로 빌릴 수 없습니다. 먼저 연체된 책을 반납해 주세요."));
		assertThat(state(barcode(book, 2))).isEqualTo("AVAILABLE");

		mvc.perform(post("/my/library/loans/" + loan + "/renew").session(login(reader)).with(csrf()))
			.andExpect(Flashes.error("반납 예정일이 지난 책은 연장할 수 없습니다. 센터에 반납해 주세요."));
		assertThat(jdbc.queryForObject("select due_on from library_loan where id = ?", LocalDate.class, loan))
			.isEqualTo(today.minusDays(2));

		reminders.remind();
		reminders.remind();
		assertThat(mailsTo(reader, title)).isEqualTo(1);
		// a week later the second reminder, once
		jdbc.update("update library_loan set due_on = ? where id = ?", today.minusDays(9), loan);
		reminders.remind();
		reminders.remind();
		assertThat(mailsTo(reader, title)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select reminders_sent from library_loan where id = ?", Integer.class, loan))
			.isEqualTo(2);
		mvc.perform(get("/admin/library/overdue").session(staff).param("center", String.valueOf(gimhae())))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void aMemberRenewsOnceAndThenIsToldNoRenewalsAreLeft() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		long book = addBook(staff, unique("연장 시험 책"), 1);
		String reader = member("renew");
		checkOut(staff, reader, barcode(book, 1));
		long loan = jdbc.queryForObject("select id from library_loan where book_id = ? and returned_at is null", Long.class, book);
		LocalDate due = jdbc.queryForObject("select due_on from library_loan where id = ?", LocalDate.class, loan);
		MockHttpSession session = login(reader);
		mvc.perform(post("/my/library/loans/" + loan + "/renew").session(session).with(csrf()))
			.andExpect(flash().attribute("notice", "library.notice.renewed"));
		assertThat(jdbc.queryForObject("select due_on from library_loan where id = ?", LocalDate.class, loan))
			.isEqualTo(due.plusDays(14));
		mvc.perform(post("/my/library/loans/" + loan + "/renew").session(session).with(csrf()))
			.andExpect(Flashes.error("연장은 1회까지입니다. 더 연장할 수 없습니다."));
		// someone else's loan is not theirs to renew
		mvc.perform(post("/my/library/loans/" + loan + "/renew").session(login(member("other"))).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCatalogueFindsBooksTheKoreanWayAndShowsAvailability() throws Exception {
		mvc.perform(get("/c/gimhae/library").param("q", "협동조합 사례집"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("협동조합 사례집")))
			.andExpect(content().string(containsString("대출 가능")));
		mvc.perform(get("/api/v1/library/books").param("center", "gimhae").param("q", "마을기업"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)))
			.andExpect(jsonPath("$.books[0].title").value(containsString("마을기업")))
			.andExpect(jsonPath("$.books[0].copies[0].state").exists());
		mvc.perform(get("/api/v1/library/loans/mine")).andExpect(status().isUnauthorized());
	}

	@Test
	void theDemoCitizenSeesTheOverdueLoanOnMyPageAndStaffSeeLoansInTheFigures() throws Exception {
		mvc.perform(get("/my/library").session(login("citizen@ieum.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("연체")));
		var tables = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(java.util.Set.of(gimhae()), Seoul.today(clock))).stream())
			.filter(t -> t.id().equals("library-loans"))
			.toList();
		assertThat(tables).hasSize(1);
		assertThat(tables.get(0).headline().value()).isGreaterThan(0);
	}
}
