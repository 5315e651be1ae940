package org.ieum.shared;

/**
 * Tells a person about something that happened to them, through the channels the
 * notifications module runs (e-mail through the {@link MailOutbox}, an in-app notice). The
 * interface lives here so every module can notify without depending on that module.
 */
public interface Notifier {

	/**
	 * Records the notification and queues it on its channels in the caller's transaction: the
	 * caller's action never fails because a channel is down, and a rolled-back action sends
	 * nothing. A notification without an address and without a known account is dropped.
	 */
	void send(Notification notification);
}
