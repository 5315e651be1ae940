package org.ieum.library.lending;

import java.time.LocalDate;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.library.books.Book;
import org.ieum.shared.MailOutbox;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails a borrower gets: a hold ready for pickup, an overdue reminder. Only to an address its owner verified. */
@Component
class LibraryMail {

	private final MailOutbox mail;
	private final MessageSource messages;
	private final IdentityApi identity;
	private final CentersApi centers;

	LibraryMail(MailOutbox mail, MessageSource messages, IdentityApi identity, CentersApi centers) {
		this.mail = mail;
		this.messages = messages;
		this.identity = identity;
		this.centers = centers;
	}

	void holdReady(long accountId, Book book, LocalDate pickupBy) {
		send(accountId, "library.mail.holdReady", book, pickupBy.toString());
	}

	void overdue(long accountId, Book book, LocalDate dueOn, int reminder) {
		send(accountId, "library.mail.overdue", book, dueOn.toString(), reminder);
	}

	private void send(long accountId, String key, Book book, Object... more) {
		identity.verifiedEmailOf(accountId).ifPresent(to -> {
			String center = centers.findById(book.getCenterId()).map(CenterSummary::name).orElse("");
			Object[] args = new Object[2 + more.length];
			args[0] = book.getTitle();
			args[1] = center;
			System.arraycopy(more, 0, args, 2, more.length);
			mail.queue(to, messages.getMessage(key + ".subject", args, Locale.KOREAN),
					messages.getMessage(key + ".body", args, Locale.KOREAN));
		});
	}
}
