package org.ieum.library.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.library.books.Book;
import org.ieum.library.books.BookIndex;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.CopyState;
import org.ieum.library.books.Covers;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.HoldStatus;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.web.Refusal;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public catalogue of a center: books found by title, authors or subject, each with how many copies are on the shelf. No personal data. */
@Service
@Transactional(readOnly = true)
class CatalogueSearch {

	static final int PAGE_SIZE = 20;

	/** A copy as the public sees it: its state and, when lent, the day it is due back. */
	record CopyView(String barcode, CopyState state, LocalDate dueOn) {
	}

	record BookCard(long id, String title, String authors, String publisher, Integer publishedYear, String isbn,
			String subject, String callNumber, boolean hasCover, List<CopyView> copies) {

		long available() {
			return copies.stream().filter(c -> c.state() == CopyState.AVAILABLE).count();
		}

		public long getAvailable() {
			return available();
		}
	}

	/** One book's page: its card, how many wait for it, and where the signed-in member stands. */
	record BookPage(BookCard card, long waiting, boolean holdable, Integer myPlace, boolean myLoan) {
	}

	private final BookRepository books;
	private final CopyRepository copies;
	private final LoanRepository loans;
	private final HoldRepository holds;
	private final BookIndex index;
	private final Covers covers;

	CatalogueSearch(BookRepository books, CopyRepository copies, LoanRepository loans, HoldRepository holds,
			BookIndex index, Covers covers) {
		this.books = books;
		this.copies = copies;
		this.loans = loans;
		this.holds = holds;
		this.index = index;
		this.covers = covers;
	}

	Page<BookCard> search(long centerId, String q, int page) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
		Page<Book> found;
		if (q == null || q.isBlank()) {
			found = books.findByCenterIdOrderByTitleAscIdAsc(centerId, request);
		}
		else {
			BookIndex.Found hits = index.search(centerId, q.strip(), (int) request.getOffset(), PAGE_SIZE);
			Map<Long, Book> byId = books.findByIdIn(hits.ids()).stream()
				.collect(Collectors.toMap(Book::getId, Function.identity()));
			found = new PageImpl<>(hits.ids().stream().filter(byId::containsKey).map(byId::get).toList(), request,
					hits.total());
		}
		Map<Long, List<Copy>> copiesOf = copies.findByBookIdIn(found.map(Book::getId).getContent()).stream()
			.collect(Collectors.groupingBy(Copy::getBookId));
		Map<Long, LocalDate> due = dueDates(copiesOf.values().stream().flatMap(List::stream).toList());
		return found.map(b -> card(b, copiesOf.getOrDefault(b.getId(), List.of()), due));
	}

	BookPage book(long centerId, long bookId, Long accountId) {
		Book book = books.findByIdAndCenterId(bookId, centerId).orElseThrow(() -> Refusal.notFound("library.error.noBook"));
		List<Copy> all = copies.findByBookIdOrderByIdAsc(bookId);
		BookCard card = card(book, all, dueDates(all));
		List<Hold> waiting = holds.findByBookIdAndStatusOrderByPlacedAtAscIdAsc(bookId, HoldStatus.WAITING);
		Integer myPlace = null;
		boolean myLoan = false;
		if (accountId != null) {
			for (int i = 0; i < waiting.size(); i++) {
				if (waiting.get(i).getAccountId() == accountId) {
					myPlace = i + 1;
				}
			}
			if (myPlace == null && holds.findByBookIdAndOpenAccountId(bookId, accountId).isPresent()) {
				// ready on the hold shelf
				myPlace = 0;
			}
			myLoan = loans.existsByBookIdAndAccountIdAndReturnedAtIsNull(bookId, accountId);
		}
		boolean holdable = card.available() == 0
				&& all.stream().anyMatch(c -> c.getState() == CopyState.ON_LOAN || c.getState() == CopyState.ON_HOLD_SHELF);
		return new BookPage(card, waiting.size(), holdable, myPlace, myLoan);
	}

	Optional<Covers.Cover> cover(long centerId, long bookId) {
		return books.findByIdAndCenterId(bookId, centerId).flatMap(b -> covers.read(b.getCoverFile()));
	}

	private Map<Long, LocalDate> dueDates(List<Copy> some) {
		List<Long> lent = some.stream().filter(c -> c.getState() == CopyState.ON_LOAN).map(Copy::getId).toList();
		return lent.isEmpty() ? Map.of()
				: loans.findByOpenCopyIdIn(lent).stream().collect(Collectors.toMap(Loan::getCopyId, Loan::getDueOn));
	}

	private static BookCard card(Book b, List<Copy> copies, Map<Long, LocalDate> due) {
		return new BookCard(b.getId(), b.getTitle(), b.getAuthors(), b.getPublisher(), b.getPublishedYear(), b.getIsbn(),
				b.getSubject(), b.getCallNumber(), b.getCoverFile() != null,
				copies.stream().filter(c -> c.getState() != CopyState.WITHDRAWN)
					.map(c -> new CopyView(c.getBarcode(), c.getState(), due.get(c.getId()))).toList());
	}
}
