package org.ieum.spaces;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ieum.shared.MailOutbox;
import org.ieum.shared.Seoul;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mail a booker gets at every step, queued in the step's own transaction. */
@Component
class ReservationMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd (E) HH:mm", Locale.KOREAN);
	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

	private final MailOutbox outbox;
	private final MessageSource messages;
	private final String baseUrl;

	ReservationMails(MailOutbox outbox, MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** {@code step} names the message pair: spaces.mail.{step}.subject and .body. */
	void send(String step, Reservation reservation, Space space) {
		String when = WHEN.format(Seoul.at(reservation.getStartsAt())) + "~"
				+ UNTIL.format(Seoul.at(reservation.getEndsAt()));
		String reason = reservation.getReason() == null ? "-" : reservation.getReason();
		Object[] args = { space.getName(), when, reservation.getBookerName(), reason, baseUrl + "/my/reservations" };
		outbox.queue(reservation.getBookerEmail(), text("spaces.mail." + step + ".subject", args),
				text("spaces.mail." + step + ".body", args));
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}
}
