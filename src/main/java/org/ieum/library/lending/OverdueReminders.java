package org.ieum.library.lending;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Loan;
import org.ieum.library.books.LoanRepository;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds borrowers of overdue books: the first reminder the day after the due date, the second a
 * week later. Each reminder of a loan is counted by a conditional update before its mail is
 * queued in the same transaction, so a run repeated (or run on two servers) never sends it twice.
 */
@Component
public class OverdueReminders {

	/** Days after the due date on which the first and the second reminder go out. */
	static final int[] DAYS_LATE = { 1, 8 };

	private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);

	private final LoanRepository loans;
	private final BookRepository books;
	private final LibraryMail mail;
	private final TransactionTemplate transactions;
	private final Clock clock;

	OverdueReminders(LoanRepository loans, BookRepository books, LibraryMail mail,
			PlatformTransactionManager transactionManager, Clock clock) {
		this.loans = loans;
		this.books = books;
		this.mail = mail;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/** Sends the reminders due today; returns how many were sent. */
	@SchedulerLock(name = "library-overdue-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.library.reminder-cron:0 0 10 * * *}", zone = "Asia/Seoul")
	public int remind() {
		LocalDate today = Seoul.today(clock);
		List<Loan> overdue = transactions.execute(tx -> loans.findByReturnedAtIsNullAndDueOnBefore(today));
		int sent = 0;
		for (Loan loan : overdue) {
			int next = loan.getRemindersSent() + 1;
			if (next > DAYS_LATE.length || today.isBefore(loan.getDueOn().plusDays(DAYS_LATE[next - 1]))) {
				continue;
			}
			try {
				Boolean done = transactions.execute(tx -> {
					if (loans.countReminder(loan.getId(), next) != 1) {
						return false;
					}
					books.findById(loan.getBookId())
						.ifPresent(book -> mail.overdue(loan.getAccountId(), book, loan.getDueOn(), next));
					return true;
				});
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.warn("Overdue reminder for loan {} not sent: {}", loan.getId(), e.toString());
			}
		}
		return sent;
	}
}
