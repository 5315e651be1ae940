package org.ieum.library.lending;

import java.time.Clock;
import java.util.List;

import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.HoldStatus;
import org.ieum.library.books.LendingRulesRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a copy goes when it becomes free (returned, or its hold was cancelled or not collected):
 * to the first person waiting for its title, who gets a mail and a pickup deadline, else back to
 * the shelf. The caller holds the copy's row lock.
 */
@Component
class HoldQueue {

	private final HoldRepository holds;
	private final BookRepository books;
	private final LendingRulesRepository rules;
	private final LibraryMail mail;
	private final Clock clock;

	HoldQueue(HoldRepository holds, BookRepository books, LendingRulesRepository rules, LibraryMail mail, Clock clock) {
		this.holds = holds;
		this.books = books;
		this.rules = rules;
		this.mail = mail;
		this.clock = clock;
	}

	/** Whether anyone waits for the title (then its loans are not renewed). */
	boolean someoneWaitsFor(long bookId) {
		return holds.existsByBookIdAndStatus(bookId, HoldStatus.WAITING);
	}

	/** The copy on the hold shelf is lent to the member it waits for: their hold is collected; anyone else is refused. */
	@Transactional(propagation = Propagation.MANDATORY)
	void collect(Copy copy, long accountId) {
		Hold hold = holds.findById(copy.getHoldId()).orElseThrow();
		if (hold.getAccountId() != accountId) {
			throw new Refusal("library.error.heldForOther", copy.getBarcode());
		}
		hold.collect(clock.instant());
	}

	/** The copy kept for this hold went missing: the hold waits again at the head of the queue. */
	@Transactional(propagation = Propagation.MANDATORY)
	void requeue(Long holdId) {
		if (holdId != null) {
			holds.findById(holdId).ifPresent(Hold::waitAgain);
		}
	}

	/** Gives the copy to the first in the queue; returns that hold, or null when it went back to the shelf. */
	@Transactional(propagation = Propagation.MANDATORY)
	Hold passOn(Copy copy) {
		List<Hold> waiting = holds.findByBookIdAndStatusOrderByPlacedAtAscIdAsc(copy.getBookId(), HoldStatus.WAITING);
		if (waiting.isEmpty()) {
			copy.putOnShelf();
			return null;
		}
		Hold first = waiting.get(0);
		var pickupBy = Seoul.today(clock).plusDays(rules.of(copy.getCenterId()).getPickupDays());
		first.ready(copy.getId(), pickupBy);
		copy.keepFor(first.getId());
		books.findById(copy.getBookId()).ifPresent(book -> mail.holdReady(first.getAccountId(), book, pickupBy));
		return first;
	}
}
