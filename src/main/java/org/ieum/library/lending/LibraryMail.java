package org.ieum.library.lending;

import java.time.LocalDate;
import java.util.Locale;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.library.books.Book;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails a borrower gets: a hold ready for pickup, an overdue reminder. Only to an address its owner verified. */
@Component
class LibraryMail {

	private final Notifier notifier;
	private final MessageSource messages;
	private final IdentityApi identity;
	private final CentersApi centers;

	LibraryMail(Notifier notifier, MessageSource messages, IdentityApi identity, CentersApi centers) {
		this.notifier = notifier;
		this.messages = messages;
		this.identity = identity;
		this.centers = centers;
	}

	void holdReady(long accountId, Book book, LocalDate pickupBy) {
		send(accountId, NotificationKind.LIBRARY_HOLD_READY, "library.mail.holdReady", book, pickupBy.toString());
	}

	void overdue(long accountId, Book book, LocalDate dueOn, int reminder) {
		send(accountId, NotificationKind.LIBRARY_OVERDUE, "library.mail.overdue", book, dueOn.toString(), reminder);
	}

	private void send(long accountId, NotificationKind kind, String key, Book book, Object... more) {
		identity.verifiedEmailOf(accountId).ifPresent(to -> {
			String center = centers.findById(book.getCenterId()).map(CenterSummary::name).orElse("");
			Object[] args = new Object[2 + more.length];
			args[0] = book.getTitle();
			args[1] = center;
			System.arraycopy(more, 0, args, 2, more.length);
			notifier.send(new Notification(kind, book.getCenterId(), accountId, to,
					messages.getMessage(key + ".subject", args, Locale.KOREAN),
					messages.getMessage(key + ".body", args, Locale.KOREAN), "/my/library"));
		});
	}
}
