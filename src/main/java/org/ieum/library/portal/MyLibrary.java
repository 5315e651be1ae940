package org.ieum.library.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.HoldStatus;
import org.ieum.library.books.LendingRulesRepository;
import org.ieum.library.books.LibraryCardRepository;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's own card numbers, loans and holds, for My page and the API. */
@Service
@Transactional(readOnly = true)
class MyLibrary {

	record LoanRow(long id, long bookId, String title, String centerSlug, String centerName, LocalDate dueOn,
			boolean overdue, int renewals, int renewalsLeft) {
	}

	record HoldRow(long id, long bookId, String title, String centerSlug, HoldStatus status, int place,
			LocalDate pickupBy) {
	}

	record CardRow(String centerName, String cardNumber) {
	}

	private final LoanRepository loans;
	private final LibraryCardRepository cards;
	private final HoldRepository holds;
	private final BookRepository books;
	private final LendingRulesRepository rules;
	private final CentersApi centers;
	private final Clock clock;

	MyLibrary(LoanRepository loans, LibraryCardRepository cards, HoldRepository holds, BookRepository books,
			LendingRulesRepository rules, CentersApi centers, Clock clock) {
		this.loans = loans;
		this.cards = cards;
		this.holds = holds;
		this.books = books;
		this.rules = rules;
		this.centers = centers;
		this.clock = clock;
	}

	/** The member's card numbers, one per center that issued one. */
	List<CardRow> cards(long accountId) {
		return cards.findByAccountIdOrderByIdAsc(accountId).stream()
			.map(c -> new CardRow(centers.findById(c.getCenterId()).map(CenterSummary::name).orElse(""), c.getCardNumber()))
			.toList();
	}

	List<LoanRow> loans(long accountId) {
		LocalDate today = Seoul.today(clock);
		List<Loan> open = loans.findByAccountIdAndReturnedAtIsNullOrderByDueOnAscIdAsc(accountId);
		Map<Long, Book> byId = books(open.stream().map(Loan::getBookId).toList());
		return open.stream().map(l -> {
			CenterSummary center = centers.findById(l.getCenterId()).orElse(null);
			int max = rules.of(l.getCenterId()).getMaxRenewals();
			return new LoanRow(l.getId(), l.getBookId(), title(byId, l.getBookId()), center == null ? "" : center.slug(),
					center == null ? "" : center.name(), l.getDueOn(), l.overdueOn(today), l.getRenewals(),
					Math.max(0, max - l.getRenewals()));
		}).toList();
	}

	List<HoldRow> holds(long accountId) {
		List<Hold> open = holds.findByAccountIdAndStatusInOrderByPlacedAtAsc(accountId,
				EnumSet.of(HoldStatus.WAITING, HoldStatus.READY));
		Map<Long, Book> byId = books(open.stream().map(Hold::getBookId).toList());
		return open.stream().map(h -> {
			int place = 0;
			if (h.getStatus() == HoldStatus.WAITING) {
				List<Hold> queue = holds.findByBookIdAndStatusOrderByPlacedAtAscIdAsc(h.getBookId(), HoldStatus.WAITING);
				place = queue.stream().map(Hold::getId).toList().indexOf(h.getId()) + 1;
			}
			String slug = centers.findById(h.getCenterId()).map(CenterSummary::slug).orElse("");
			return new HoldRow(h.getId(), h.getBookId(), title(byId, h.getBookId()), slug, h.getStatus(), place,
					h.getPickupBy());
		}).toList();
	}

	private Map<Long, Book> books(List<Long> ids) {
		return books.findByIdIn(ids).stream().collect(Collectors.toMap(Book::getId, Function.identity()));
	}

	private static String title(Map<Long, Book> byId, long id) {
		Book book = byId.get(id);
		return book == null ? "" : book.getTitle();
	}
}
