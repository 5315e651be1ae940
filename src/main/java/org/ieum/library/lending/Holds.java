package org.ieum.library.lending;

import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.identity.CurrentUser;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.CopyState;
import org.ieum.library.books.Hold;
import org.ieum.library.books.HoldRepository;
import org.ieum.library.books.HoldStatus;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Holds on titles whose copies are all out: placing and cancelling one, and each day passing on
 * the copies nobody collected by their pickup deadline.
 */
@Service
public class Holds {

	private static final Logger log = LoggerFactory.getLogger(Holds.class);

	private final HoldRepository holds;
	private final BookRepository books;
	private final CopyRepository copies;
	private final LoanRepository loans;
	private final HoldQueue queue;
	private final TransactionTemplate transactions;
	private final Clock clock;

	Holds(HoldRepository holds, BookRepository books, CopyRepository copies, LoanRepository loans, HoldQueue queue,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.holds = holds;
		this.books = books;
		this.copies = copies;
		this.loans = loans;
		this.queue = queue;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Puts the member at the end of the title's queue. */
	@Transactional
	public void place(long centerId, long bookId, CurrentUser me) {
		Book book = books.findByIdAndCenterId(bookId, centerId)
			.orElseThrow(() -> Refusal.notFound("library.error.noBook"));
		List<Copy> all = copies.findByBookIdOrderByIdAsc(bookId);
		if (all.stream().anyMatch(c -> c.getState() == CopyState.AVAILABLE)) {
			throw new Refusal("library.error.holdAvailable");
		}
		if (all.stream().noneMatch(c -> c.getState() == CopyState.ON_LOAN || c.getState() == CopyState.ON_HOLD_SHELF)) {
			throw new Refusal("library.error.holdNoCopies");
		}
		if (loans.existsByBookIdAndAccountIdAndReturnedAtIsNull(bookId, me.accountId())) {
			throw new Refusal("library.error.holdOnLoan");
		}
		if (holds.findByBookIdAndOpenAccountId(bookId, me.accountId()).isPresent()) {
			throw new Refusal("library.error.holdTwice");
		}
		holds.saveAndFlush(new Hold(book, me.accountId(), clock.instant()));
	}

	/** The member's own hold, cancelled; a copy already waiting on the hold shelf goes to the next in the queue. */
	@Transactional
	public void cancel(long holdId, CurrentUser me) {
		Hold hold = holds.findById(holdId).filter(h -> h.getAccountId() == me.accountId())
			.orElseThrow(() -> Refusal.notFound("library.error.noHold"));
		if (!hold.getStatus().open()) {
			throw new Refusal("library.error.holdClosed");
		}
		Long copyId = hold.getStatus() == HoldStatus.READY ? hold.getCopyId() : null;
		hold.cancel(clock.instant());
		holds.flush();
		if (copyId != null) {
			copies.findLockedById(copyId).ifPresent(queue::passOn);
		}
	}

	/** Holds not collected by their pickup deadline expire; each copy passes to the next in the queue. */
	@SchedulerLock(name = "library-hold-expiry", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.library.hold-expiry-cron:0 15 * * * *}", zone = "Asia/Seoul")
	public int expireUncollected() {
		List<Long> late = transactions.execute(tx -> holds
			.findByStatusAndPickupByBefore(HoldStatus.READY, Seoul.today(clock)).stream().map(Hold::getId).toList());
		int expired = 0;
		for (Long id : late) {
			try {
				Boolean done = transactions.execute(tx -> expire(id));
				expired += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.warn("Hold {} could not be expired: {}", id, e.toString());
			}
		}
		return expired;
	}

	private boolean expire(long holdId) {
		Hold hold = holds.findById(holdId).orElseThrow();
		if (hold.getStatus() != HoldStatus.READY || !hold.getPickupBy().isBefore(Seoul.today(clock))) {
			return false;
		}
		Copy copy = copies.findLockedById(hold.getCopyId()).orElseThrow();
		hold.expire(clock.instant());
		holds.flush();
		if (copy.getState() == CopyState.ON_HOLD_SHELF && holdId == copy.getHoldId()) {
			queue.passOn(copy);
		}
		return true;
	}
}
