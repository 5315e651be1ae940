package org.ieum.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.identity.IdentityApi;
import org.ieum.notifications.policy.Advertising;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.Notification;
import org.ieum.shared.Notifier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place modules notify people ({@link Notifier}), and the header bell's count. A
 * notification is written with its deliveries in the caller's transaction: the e-mail goes
 * to the {@link MailOutbox} worded as the module wrote it, and a person with an account gets
 * an in-app notice, each unless the person switched that channel off for the kind's group.
 */
@Service
public class NotificationsApi implements Notifier {

	private final NoticeRepository notices;
	private final DeliveryRepository deliveries;
	private final MailOutbox outbox;
	private final IdentityApi identity;
	private final Preferences preferences;
	private final Advertising advertising;
	private final Clock clock;

	NotificationsApi(NoticeRepository notices, DeliveryRepository deliveries, MailOutbox outbox, IdentityApi identity,
			Preferences preferences, Advertising advertising, Clock clock) {
		this.advertising = advertising;
		this.notices = notices;
		this.deliveries = deliveries;
		this.outbox = outbox;
		this.identity = identity;
		this.preferences = preferences;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(Notification notification) {
		if (notification.phone() != null) {
			text(notification);
			return;
		}
		Long account = notification.accountId();
		String email = notification.email() == null || notification.email().isBlank() ? null : notification.email().strip();
		if (account == null && email != null) {
			account = identity.findAccountIdByEmail(email).orElse(null);
		}
		if (account == null && email == null) {
			return;
		}
		if (notification.kind().advertising()) {
			Advertising.Decision decision = advertising.decide(notification, account, clock.instant());
			if (decision instanceof Advertising.Refused refused) {
				recordNotSent(notification, email != null ? Channel.EMAIL : Channel.IN_APP, refused.code());
				return;
			}
			if (!(decision instanceof Advertising.Go go)) {
				return;
			}
			notification = go.notification();
		}
		// a person with an account chose their channels per group; each group keeps at least one
		boolean byMail = email != null
				&& (account == null || preferences.wants(account, notification.kind().group(), Channel.EMAIL));
		Long inApp = account != null && preferences.wants(account, notification.kind().group(), Channel.IN_APP) ? account
				: null;
		List<Channel> byPhone = phoneChannels(account, notification);
		if (!byMail && inApp == null && byPhone.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Notice notice = notices.save(new Notice(notification, inApp, now));
		if (byMail) {
			outbox.queue(email, notification.subject(), notification.body());
			deliveries.save(Delivery.mailAccepted(notice.getId(), email, now));
		}
		if (inApp != null) {
			deliveries.save(Delivery.inAppDelivered(notice.getId(), now));
		}
		if (!byPhone.isEmpty()) {
			String number = identity.verifiedPhone(account).orElseThrow();
			byPhone.forEach(channel -> deliveries.save(Delivery.queued(notice.getId(), channel, number, now)));
		}
	}

	/**
	 * Texts and 알림톡 (waiting for the sender in {@code notifications.sending}) go only to a verified
	 * number, on the channels the person switched on for the kind's group.
	 */
	private List<Channel> phoneChannels(Long account, Notification notification) {
		if (account == null || identity.verifiedPhone(account).isEmpty()) {
			return List.of();
		}
		return Channel.PHONE.stream().filter(c -> preferences.wants(account, notification.kind().group(), c)).toList();
	}

	/**
	 * An advertisement that may not go is recorded with the reason, for the center's staff, without the
	 * person's address or account: it is no notice of theirs.
	 */
	private void recordNotSent(Notification notification, Channel channel, String code) {
		Instant now = clock.instant();
		Notice notice = notices.save(new Notice(new Notification(notification.kind(), notification.centerId(), null, null,
				notification.subject(), notification.body(), notification.link()), null, now));
		deliveries.save(Delivery.refused(notice.getId(), channel, code, now));
	}

	/**
	 * A text addressed to a number goes to that number only, whatever the person chose for their
	 * channels: it waits as a queued SMS delivery for the sender (without a provider, administrators
	 * read it on the delivery page, as they read the mail outbox).
	 */
	private void text(Notification notification) {
		Instant now = clock.instant();
		Notice notice = notices.save(new Notice(notification, notification.accountId(), now));
		deliveries.save(Delivery.textQueued(notice.getId(), notice.getPhone(), now));
	}

	/**
	 * How many in-app notices the signed-in person has not read; 0 for a visitor. The layout asks
	 * only for signed-in people, and the count is one query on an index.
	 */
	@Transactional(readOnly = true)
	public long unreadForCurrentUser() {
		return identity.currentUser().map(me -> notices.countByAccountIdAndReadAtIsNull(me.accountId())).orElse(0L);
	}
}
