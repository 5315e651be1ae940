package org.ieum.spaces;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The notification a booker gets at every step (its e-mail worded here), queued in the step's own transaction. */
@Component
class ReservationMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd (E) HH:mm", Locale.KOREAN);
	private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("HH:mm");

	private final Notifier notifier;
	private final MessageSource messages;
	private final String baseUrl;

	ReservationMails(Notifier notifier, MessageSource messages, @Value("${ieum.base-url}") String baseUrl) {
		this.notifier = notifier;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** {@code step} names the message pair: spaces.mail.{step}.subject and .body. */
	void send(String step, Reservation reservation, Space space) {
		String when = WHEN.format(Seoul.at(reservation.getStartsAt())) + "~"
				+ UNTIL.format(Seoul.at(reservation.getEndsAt()));
		String reason = reservation.getReason() == null ? "-" : reservation.getReason();
		Object[] args = { space.getName(), when, reservation.getBookerName(), reason, baseUrl + "/my/reservations" };
		notifier.send(new Notification(kindOf(step), space.getCenterId(), reservation.getAccountId(),
				reservation.getBookerEmail(), text("spaces.mail." + step + ".subject", args),
				text("spaces.mail." + step + ".body", args), "/my/reservations"));
	}

	private static NotificationKind kindOf(String step) {
		return switch (step) {
			case "requested" -> NotificationKind.RESERVATION_REQUESTED;
			case "approved" -> NotificationKind.RESERVATION_APPROVED;
			case "rejected" -> NotificationKind.RESERVATION_REJECTED;
			case "cancelled" -> NotificationKind.RESERVATION_CANCELLED;
			case "noShow" -> NotificationKind.RESERVATION_NO_SHOW;
			case "expired" -> NotificationKind.RESERVATION_EXPIRED;
			default -> NotificationKind.RESERVATION_CONFIRMED;
		};
	}

	private String text(String key, Object[] args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}
}
