package org.ieum.library.desk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookIndex;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.CopyState;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.HoldStatus;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the staff pages show: the desk's lists of the day's returns, the hold shelf and overdue
 * loans (which name members, so each read is written to the personal-data access log in the same
 * transaction), the catalogue and one book with its copies.
 */
@Service
@Transactional(readOnly = true)
public class DeskQueries {

	public record ReturnRow(String title, String barcode, Instant returnedAt, String member) {
	}

	public record ShelfRow(String title, String barcode, String member, LocalDate pickupBy) {
	}

	public record OverdueRow(String title, String barcode, String member, LocalDate dueOn, long daysLate,
			int remindersSent) {
	}

	public record Desk(List<ReturnRow> returns, List<ShelfRow> holdShelf) {
	}

	public record BookRow(long id, String title, String authors, String isbn, String callNumber, long copies,
			long available) {
	}

	public record CopyRow(long id, String barcode, CopyState state, LocalDate dueOn, String borrower) {
	}

	public record BookPage(long id, String title, String authors, String publisher, Integer publishedYear, String isbn,
			String subject, String callNumber, boolean hasCover, List<CopyRow> copies, long waiting) {
	}

	private final BookRepository books;
	private final CopyRepository copies;
	private final LoanRepository loans;
	private final HoldRepository holds;
	private final BookIndex index;
	private final IdentityApi identity;
	private final Clock clock;

	DeskQueries(BookRepository books, CopyRepository copies, LoanRepository loans, HoldRepository holds,
			BookIndex index, IdentityApi identity, Clock clock) {
		this.books = books;
		this.copies = copies;
		this.loans = loans;
		this.holds = holds;
		this.index = index;
		this.identity = identity;
		this.clock = clock;
	}

	@Transactional // writes the access log, which PostgreSQL refuses in a read-only transaction
	public Desk desk(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = Seoul.today(clock);
		Instant from = today.atStartOfDay(Seoul.ZONE).toInstant();
		List<Loan> returned = loans.findByCenterIdAndReturnedAtGreaterThanEqualAndReturnedAtLessThanOrderByReturnedAtDesc(
				centerId, from, today.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant());
		List<Hold> ready = holds.findByCenterIdAndStatusOrderByPickupByAsc(centerId, HoldStatus.READY);
		Map<Long, Book> titles = booksOf(returned.stream().map(Loan::getBookId).toList(),
				ready.stream().map(Hold::getBookId).toList());
		Map<Long, Copy> copyById = copies.findAllById(
				concat(returned.stream().map(Loan::getCopyId).toList(), ready.stream().map(Hold::getCopyId).toList()))
			.stream().collect(Collectors.toMap(Copy::getId, Function.identity()));
		List<ReturnRow> returns = returned.stream()
			.map(l -> new ReturnRow(title(titles, l.getBookId()), barcode(copyById, l.getCopyId()), l.getReturnedAt(),
					name(l.getAccountId())))
			.toList();
		List<ShelfRow> shelf = ready.stream()
			.map(h -> new ShelfRow(title(titles, h.getBookId()), barcode(copyById, h.getCopyId()), name(h.getAccountId()),
					h.getPickupBy()))
			.toList();
		if (!returns.isEmpty() || !shelf.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "도서 대출 데스크 조회 (센터 " + centerId + "), 반납 "
					+ returns.size() + "건, 예약 보관 " + shelf.size() + "건", null);
		}
		return new Desk(returns, shelf);
	}

	@Transactional // writes the access log, which PostgreSQL refuses in a read-only transaction
	public List<OverdueRow> overdue(long centerId) {
		Authorities.requireCenterStaff(centerId);
		LocalDate today = Seoul.today(clock);
		List<Loan> late = loans.findByCenterIdAndReturnedAtIsNullAndDueOnBeforeOrderByDueOnAscIdAsc(centerId, today);
		Map<Long, Book> titles = booksOf(late.stream().map(Loan::getBookId).toList(), List.of());
		Map<Long, Copy> copyById = copies.findAllById(late.stream().map(Loan::getCopyId).toList()).stream()
			.collect(Collectors.toMap(Copy::getId, Function.identity()));
		List<OverdueRow> rows = late.stream()
			.map(l -> new OverdueRow(title(titles, l.getBookId()), barcode(copyById, l.getCopyId()), name(l.getAccountId()),
					l.getDueOn(), ChronoUnit.DAYS.between(l.getDueOn(), today), l.getRemindersSent()))
			.toList();
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"연체 도서 목록 조회 (센터 " + centerId + "), " + rows.size() + "건", null);
		}
		return rows;
	}

	/** A page of the catalogue, by title, or the books found for the words {@code q}. */
	public Page<BookRow> catalogue(long centerId, String q, int page) {
		Authorities.requireCenterStaff(centerId);
		PageRequest request = PageRequest.of(Math.max(0, page), 30);
		Page<Book> found;
		if (q == null || q.isBlank()) {
			found = books.findByCenterIdOrderByTitleAscIdAsc(centerId, request);
		}
		else {
			BookIndex.Found hits = index.search(centerId, q.strip(), (int) request.getOffset(), request.getPageSize());
			Map<Long, Book> byId = books.findByIdIn(hits.ids()).stream()
				.collect(Collectors.toMap(Book::getId, Function.identity()));
			found = new PageImpl<>(hits.ids().stream().filter(byId::containsKey).map(byId::get).toList(), request,
					hits.total());
		}
		Map<Long, List<Copy>> copiesOf = copies.findByBookIdIn(found.map(Book::getId).getContent()).stream()
			.collect(Collectors.groupingBy(Copy::getBookId));
		return found.map(b -> {
			List<Copy> mine = copiesOf.getOrDefault(b.getId(), List.of());
			return new BookRow(b.getId(), b.getTitle(), b.getAuthors(), b.getIsbn(), b.getCallNumber(), mine.size(),
					mine.stream().filter(c -> c.getState() == CopyState.AVAILABLE).count());
		});
	}

	@Transactional // writes the access log, which PostgreSQL refuses in a read-only transaction
	public BookPage book(long centerId, long bookId) {
		Authorities.requireCenterStaff(centerId);
		Book b = books.findByIdAndCenterId(bookId, centerId)
			.orElseThrow(() -> org.ieum.shared.web.Refusal.notFound("library.error.noBook"));
		List<CopyRow> rows = copies.findByBookIdOrderByIdAsc(bookId).stream().map(c -> {
			var loan = c.getState() == CopyState.ON_LOAN ? loans.findByOpenCopyId(c.getId()).orElse(null) : null;
			return new CopyRow(c.getId(), c.getBarcode(), c.getState(), loan == null ? null : loan.getDueOn(),
					loan == null ? null : name(loan.getAccountId()));
		}).toList();
		if (rows.stream().anyMatch(r -> r.borrower() != null)) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "도서 대출자 조회 (도서 " + bookId + ")", null);
		}
		long waiting = holds.findByBookIdAndStatusOrderByPlacedAtAscIdAsc(bookId, HoldStatus.WAITING).size();
		return new BookPage(b.getId(), b.getTitle(), b.getAuthors(), b.getPublisher(), b.getPublishedYear(), b.getIsbn(),
				b.getSubject(), b.getCallNumber(), b.getCoverFile() != null, rows, waiting);
	}

	private Map<Long, Book> booksOf(Collection<Long> some, Collection<Long> more) {
		return books.findByIdIn(concat(some, more)).stream().collect(Collectors.toMap(Book::getId, Function.identity()));
	}

	private static List<Long> concat(Collection<Long> some, Collection<Long> more) {
		return java.util.stream.Stream.concat(some.stream(), more.stream()).filter(java.util.Objects::nonNull).distinct()
			.toList();
	}

	private static String title(Map<Long, Book> books, long id) {
		Book book = books.get(id);
		return book == null ? "" : book.getTitle();
	}

	private static String barcode(Map<Long, Copy> copies, Long id) {
		Copy copy = id == null ? null : copies.get(id);
		return copy == null ? "" : copy.getBarcode();
	}

	private String name(long accountId) {
		return identity.displayNameOf(accountId).orElse("-");
	}
}
