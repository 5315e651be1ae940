package org.ieum.notifications;

/**
 * What became of a notification on one channel: queued (waiting for its channel), sending (a sender
 * claimed it), accepted (handed over: an e-mail to the mail outbox, which sends it with retries; a
 * text or 알림톡 to the provider), delivered (an in-app notice is in the person's list), failed (with
 * the channel's code), uncertain (the provider never answered and the message cannot safely be sent
 * again: staff check it in the provider's console).
 */
enum DeliveryStatus {
	QUEUED, SENDING, ACCEPTED, DELIVERED, FAILED, UNCERTAIN;

	String labelKey() {
		return "notifications.status." + name();
	}
}
