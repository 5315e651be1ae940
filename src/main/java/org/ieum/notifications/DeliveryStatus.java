package org.ieum.notifications;

/**
 * What became of a notification on one channel: queued (waiting for its channel), accepted
 * (handed over: an e-mail to the mail outbox, which sends it with retries), delivered (an in-app
 * notice is in the person's list), failed (with the channel's code).
 */
enum DeliveryStatus {
	QUEUED, ACCEPTED, DELIVERED, FAILED;

	String labelKey() {
		return "notifications.status." + name();
	}
}
