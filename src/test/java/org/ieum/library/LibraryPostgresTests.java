package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.desk.DeskQueries;
import org.ieum.library.lending.Cards;
import org.ieum.library.lending.Lending;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A copy is never lent twice on real PostgreSQL: row locks and the unique open loan, under concurrent checkouts. */
@IeumPostgresTest
class LibraryPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_021L;

	@Autowired
	Lending lending;

	@Autowired
	BookRepository books;

	@Autowired
	DeskQueries desk;

	@Autowired
	org.ieum.library.desk.CardList cardList;

	@Autowired
	Cards cards;

	@Autowired
	CopyRepository copies;

	@Autowired
	JdbcTemplate jdbc;

	private String member(int i) {
		String email = "pg-library-" + System.nanoTime() + "-" + i + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "values (?, 'x', ?, 'ACTIVE', current_timestamp)", email, "독자" + i);
		return email;
	}

	private static void asStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("desk", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
	}

	@Test
	void fiftyCheckoutsOfTheLastCopyAtOnceLendItExactlyOnce() throws Exception {
		Book book = books.save(new Book(CENTER, new BookDetails("동시 대출 시험 " + System.nanoTime(), "시험 저자", null, null,
				null, null, null), Instant.now()));
		Copy copy = copies.save(new Copy(book.getId(), CENTER, "PG" + book.getId()));
		int people = 50;
		List<String> members = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			members.add(member(i));
		}
		ExecutorService pool = Executors.newFixedThreadPool(people);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (String email : members) {
			results.add(pool.submit(() -> {
				asStaff();
				try {
					start.await();
					lending.checkOut(CENTER, email, copy.getBarcode());
					return "lent";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
				catch (DataIntegrityViolationException raced) {
					return "raced";
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn("lent"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("library.error.onLoan"::equals).hasSize(people - 1);
		assertThat(jdbc.queryForObject("select count(*) from library_loan where copy_id = ?", Integer.class, copy.getId()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select state from library_copy where id = ?", String.class, copy.getId()))
			.isEqualTo("ON_LOAN");
	}

	@Test
	void theDatabaseItselfRefusesASecondOpenLoanOfACopy() {
		Book book = books.save(new Book(CENTER, new BookDetails("중복 대출 시험 " + System.nanoTime(), "시험 저자", null, null,
				null, null, null), Instant.now()));
		Copy copy = copies.save(new Copy(book.getId(), CENTER, "PGU" + book.getId()));
		String insert = "insert into library_loan (copy_id, book_id, center_id, account_id, borrowed_at, due_on, open_copy_id) "
				+ "values (?, ?, ?, ?, current_timestamp, current_date, ?)";
		jdbc.update(insert, copy.getId(), book.getId(), CENTER, 1L, copy.getId());
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> jdbc.update(insert, copy.getId(), book.getId(), CENTER, 2L, copy.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void theDeskPagesThatNameMembersWriteTheAccessLogOnPostgres() {
		Book book = books.save(new Book(CENTER, new BookDetails("데스크 조회 시험 " + System.nanoTime(), "시험 저자", null, null,
				null, null, null), Instant.now()));
		Copy copy = copies.save(new Copy(book.getId(), CENTER, "PGD" + book.getId()));
		String email = member(900);
		asStaff();
		try {
			cards.issue(CENTER, email, "PG-" + book.getId());
			lending.checkOut(CENTER, "PG-" + book.getId(), copy.getBarcode());
			jdbc.update("update library_loan set due_on = current_date - 3 where copy_id = ?", copy.getId());
			long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class);
			assertThat(cardList.cards(CENTER)).isNotEmpty();
			assertThat(desk.overdue(CENTER)).extracting(DeskQueries.OverdueRow::barcode).contains(copy.getBarcode());
			assertThat(desk.book(CENTER, book.getId()).copies()).extracting(DeskQueries.CopyRow::borrower).containsOnly("독자900");
			lending.checkIn(CENTER, copy.getBarcode());
			assertThat(desk.desk(CENTER).returns()).extracting(DeskQueries.ReturnRow::barcode).contains(copy.getBarcode());
			assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class)).isEqualTo(logged + 4);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
