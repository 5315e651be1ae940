package org.ieum.library.desk;

import java.time.Clock;
import java.util.Optional;

import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.Covers;
import org.ieum.library.books.LendingRules;
import org.ieum.library.books.LendingRulesRepository;
import org.ieum.library.lending.Lending;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff keep the catalogue: a book added by its ISBN with its first copies, more copies, a cover
 * picture, and the center's lending rules. Copies get their barcodes from {@link Copy#barcodeFor}.
 */
@Service
public class Catalogue {

	private final BookRepository books;
	private final CopyRepository copies;
	private final LendingRulesRepository rules;
	private final Covers covers;
	private final Lending lending;
	private final Clock clock;

	Catalogue(BookRepository books, CopyRepository copies, LendingRulesRepository rules, Covers covers, Lending lending,
			Clock clock) {
		this.books = books;
		this.copies = copies;
		this.rules = rules;
		this.covers = covers;
		this.lending = lending;
		this.clock = clock;
	}

	@Transactional
	public Book addBook(long centerId, BookDetails details, int copyCount) {
		Authorities.requireCenterStaff(centerId);
		if (details.isbn() != null && books.findByCenterIdAndIsbn(centerId, details.isbn()).isPresent()) {
			throw new Refusal("library.error.isbnTaken", details.isbn());
		}
		Book book = books.saveAndFlush(new Book(centerId, details, clock.instant()));
		for (int i = 0; i < copyCount; i++) {
			addCopyTo(book);
		}
		return book;
	}

	/**
	 * What another center of the network says about the title with this ISBN (an ISBN-13), to prefill the form of a
	 * staff member who adds it here; nothing is saved. Empty when no other center has it.
	 */
	@Transactional(readOnly = true)
	public Optional<BookDetails> describedElsewhere(long centerId, String isbn) {
		Authorities.requireCenterStaff(centerId);
		return books.findFirstByIsbnAndCenterIdNotOrderByIdDesc(isbn, centerId).map(Book::details);
	}

	/** Whether this center's catalogue has the ISBN already (then the form would be refused). */
	@Transactional(readOnly = true)
	public boolean has(long centerId, String isbn) {
		Authorities.requireCenterStaff(centerId);
		return books.findByCenterIdAndIsbn(centerId, isbn).isPresent();
	}

	/** One more copy of a book; when members wait for the title it goes to the first of them, not to the shelf. */
	@Transactional
	public Copy addCopy(long centerId, long bookId) {
		Copy copy = addCopyTo(toManage(centerId, bookId));
		lending.shelveNewCopy(centerId, copy.getId());
		return copy;
	}

	@Transactional
	public void showCover(long centerId, long bookId, byte[] picture) {
		Book book = toManage(centerId, bookId);
		String old = book.getCoverFile();
		book.showCover(covers.store(picture));
		if (old != null) {
			covers.deleteAfterCommit(old);
		}
	}

	@Transactional
	public void changeRules(long centerId, RulesForm form) {
		Authorities.requireCenterStaff(centerId);
		LendingRules current = rules.findById(centerId).orElseGet(() -> LendingRules.defaults(centerId));
		current.change(form.getLoanDays(), form.getMaxRenewals(), form.getMaxLoans(), form.getPickupDays(),
				form.isBlockWhenOverdue());
		rules.save(current);
	}

	@Transactional(readOnly = true)
	public LendingRules rulesOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return rules.of(centerId);
	}

	Book toManage(long centerId, long bookId) {
		Authorities.requireCenterStaff(centerId);
		return books.findByIdAndCenterId(bookId, centerId).orElseThrow(() -> Refusal.notFound("library.error.noBook"));
	}

	private Copy addCopyTo(Book book) {
		long number = copies.countByBookId(book.getId()) + 1;
		if (number > 99) {
			throw new Refusal("library.error.tooManyCopies");
		}
		return copies.saveAndFlush(new Copy(book.getId(), book.getCenterId(), Copy.barcodeFor(book.getId(), number)));
	}
}
