package org.ieum.library.lending;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.identity.CurrentUser;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.CopyState;
import org.ieum.library.books.Hold;
import org.ieum.library.books.LendingRules;
import org.ieum.library.books.LendingRulesRepository;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lending at the desk and renewing from My page. A checkout locks the copy's row, so two desks
 * (or fifty requests) scanning the same copy take turns and only the first finds it on the shelf;
 * the unique open-loan column is the database's own last word on it.
 */
@Service
public class Lending {

	private final CopyRepository copies;
	private final BookRepository books;
	private final LoanRepository loans;
	private final LendingRulesRepository rules;
	private final HoldQueue queue;
	private final Cards cards;
	private final Clock clock;

	Lending(CopyRepository copies, BookRepository books, LoanRepository loans,
			LendingRulesRepository rules, HoldQueue queue, Cards cards, Clock clock) {
		this.copies = copies;
		this.books = books;
		this.loans = loans;
		this.rules = rules;
		this.queue = queue;
		this.cards = cards;
		this.clock = clock;
	}

	/** Lends the copy with this barcode to the member with this e-mail address or this center's card number. */
	@Transactional
	public DeskReceipt checkOut(long centerId, String memberOrCard, String barcode) {
		Authorities.requireCenterStaff(centerId);
		return lend(centerId, cards.borrower(centerId, memberOrCard), barcode);
	}

	/** The rules and the copy's state decide; the caller has checked who may lend. */
	DeskReceipt lend(long centerId, long accountId, String barcode) {
		Copy copy = copies.findLockedByCenterIdAndBarcode(centerId, clean(barcode))
			.orElseThrow(() -> new Refusal("library.error.noCopy", clean(barcode)));
		switch (copy.getState()) {
			case ON_LOAN -> throw new Refusal("library.error.onLoan", copy.getBarcode());
			case LOST, WITHDRAWN -> throw new Refusal("library.error.notLendable", copy.getBarcode());
			case ON_HOLD_SHELF, AVAILABLE -> {
			}
		}
		if (copy.getState() == CopyState.ON_HOLD_SHELF) {
			// refuses anyone but the member it waits for; rolled back with the rest if a rule below refuses
			queue.collect(copy, accountId);
		}
		LendingRules lendingRules = rules.of(centerId);
		LocalDate today = Seoul.today(clock);
		if (lendingRules.isBlockWhenOverdue()
				&& loans.existsByCenterIdAndAccountIdAndReturnedAtIsNullAndDueOnBefore(centerId, accountId, today)) {
			throw new Refusal("library.error.overdueBlock");
		}
		if (loans.countByCenterIdAndAccountIdAndReturnedAtIsNull(centerId, accountId) >= lendingRules.getMaxLoans()) {
			throw new Refusal("library.error.tooMany", lendingRules.getMaxLoans());
		}
		copy.lend();
		LocalDate due = today.plusDays(lendingRules.getLoanDays());
		loans.saveAndFlush(new Loan(copy, accountId, clock.instant(), due));
		return new DeskReceipt(title(copy), copy.getBarcode(), due, false, null);
	}

	/** Takes back the copy with this barcode; it goes to the first hold in the queue, else to the shelf. */
	@Transactional
	public DeskReceipt checkIn(long centerId, String barcode) {
		Authorities.requireCenterStaff(centerId);
		Copy copy = copies.findLockedByCenterIdAndBarcode(centerId, clean(barcode))
			.orElseThrow(() -> new Refusal("library.error.noCopy", clean(barcode)));
		Loan loan = loans.findByOpenCopyId(copy.getId())
			.orElseThrow(() -> new Refusal("library.error.notOnLoan", copy.getBarcode()));
		loan.returnBook(clock.instant());
		loans.flush();
		Hold next = queue.passOn(copy);
		return new DeskReceipt(title(copy), copy.getBarcode(), null, next != null, next == null ? null : next.getPickupBy());
	}

	/** A copy just added to a title goes to the first hold in its queue, if anyone waits, else to the shelf. */
	@Transactional
	public void shelveNewCopy(long centerId, long copyId) {
		Authorities.requireCenterStaff(centerId);
		queue.passOn(lockedCopy(centerId, copyId));
	}

	/** Extends the member's own loan by the loan period, unless it is overdue, renewed enough or someone waits for the title. */
	@Transactional
	public LocalDate renew(long loanId, CurrentUser me) {
		Loan loan = loans.findById(loanId).filter(l -> l.getAccountId() == me.accountId())
			.orElseThrow(() -> Refusal.notFound("library.error.noLoan"));
		if (!loan.open()) {
			throw new Refusal("library.error.loanClosed");
		}
		LendingRules lendingRules = rules.of(loan.getCenterId());
		if (loan.overdueOn(Seoul.today(clock))) {
			throw new Refusal("library.error.renewOverdue");
		}
		if (queue.someoneWaitsFor(loan.getBookId())) {
			throw new Refusal("library.error.renewHeld");
		}
		if (loan.getRenewals() >= lendingRules.getMaxRenewals()) {
			throw new Refusal("library.error.noRenewalsLeft", lendingRules.getMaxRenewals());
		}
		loan.renewUntil(loan.getDueOn().plusDays(lendingRules.getLoanDays()));
		return loan.getDueOn();
	}

	/** A copy reported lost: its open loan ends as lost; a copy on the hold shelf sends its hold back to the queue's head. */
	@Transactional
	public void markLost(long centerId, long copyId) {
		Authorities.requireCenterStaff(centerId);
		Copy copy = lockedCopy(centerId, copyId);
		if (copy.getState() == CopyState.LOST || copy.getState() == CopyState.WITHDRAWN) {
			throw new Refusal("library.error.alreadyOut", copy.getBarcode());
		}
		loans.findByOpenCopyId(copy.getId()).ifPresent(loan -> loan.closeAsLost(clock.instant()));
		Long holdId = copy.getHoldId();
		copy.markLost();
		loans.flush();
		queue.requeue(holdId);
	}

	/** A damaged copy taken out of the collection; one still on loan must be checked in first. */
	@Transactional
	public void withdraw(long centerId, long copyId) {
		Authorities.requireCenterStaff(centerId);
		Copy copy = lockedCopy(centerId, copyId);
		if (copy.getState() == CopyState.ON_LOAN) {
			throw new Refusal("library.error.withdrawOnLoan", copy.getBarcode());
		}
		if (copy.getState() == CopyState.WITHDRAWN) {
			throw new Refusal("library.error.alreadyOut", copy.getBarcode());
		}
		Long holdId = copy.getHoldId();
		copy.withdraw();
		queue.requeue(holdId);
	}

	private Copy lockedCopy(long centerId, long copyId) {
		return copies.findLockedById(copyId).filter(c -> c.getCenterId() == centerId)
			.orElseThrow(() -> Refusal.notFound("library.error.noCopy", copyId));
	}

	private String title(Copy copy) {
		return books.findById(copy.getBookId()).map(Book::getTitle).orElse("");
	}

	private static String clean(String barcode) {
		return barcode == null ? "" : barcode.trim();
	}
}
