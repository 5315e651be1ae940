package org.ieum.notifications;

import java.time.Clock;

import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.web.Refusal;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's in-app notices: their list on My page, and marking them as read. */
@Service
@Transactional
class Inbox {

	private final NoticeRepository notices;
	private final DeliveryRepository deliveries;
	private final Clock clock;

	Inbox(NoticeRepository notices, DeliveryRepository deliveries, Clock clock) {
		this.notices = notices;
		this.deliveries = deliveries;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	Page<InboxItem> of(CurrentUser me, Pageable page) {
		return notices.findByAccountIdOrderByCreatedAtDescIdDesc(me.accountId(), page).map(InboxItem::of);
	}

	@Transactional(readOnly = true)
	long unread(CurrentUser me) {
		return notices.countByAccountIdAndReadAtIsNull(me.accountId());
	}

	/** Someone else's notice is answered as if it did not exist. */
	void markRead(long id, CurrentUser me) {
		Notice notice = notices.findById(id)
			.filter(n -> n.getAccountId() != null && n.getAccountId() == me.accountId() && n.getPhone() == null)
			.orElseThrow(() -> Refusal.notFound("notifications.error.notFound"));
		notice.markRead(clock);
	}

	int markAllRead(CurrentUser me) {
		return notices.markAllRead(me.accountId(), clock.instant());
	}

	/** A deleted account's notices go with it; their delivery records keep no address. */
	@EventListener
	void on(AccountDeleted event) {
		for (Notice notice : notices.findByAccountId(event.accountId())) {
			deliveries.findByNotificationId(notice.getId()).forEach(Delivery::forgetRecipient);
			notice.forget();
		}
	}
}
