package org.ieum.shared;

/**
 * What a module hands to the {@link Notifier}: who it is for, which center it comes from, what
 * it is about, and the e-mail exactly as the module words it. The notification service
 * chooses the channels.
 *
 * @param kind what it is about
 * @param centerId the center whose activity it concerns (whose staff see its delivery records), or null
 * @param accountId the recipient's account when the module knows it; otherwise it is looked up by e-mail
 * @param email the recipient's address, or null when they have none (then only the in-app notice goes)
 * @param subject the e-mail's subject, also the in-app notice's title
 * @param body the e-mail's text
 * @param link the recipient's own page about it (a path such as /my/reservations), or null
 * @param phone a mobile number the text goes to instead of the person's channels (a verification code must reach
 *        the number being checked, nothing else), or null
 */
public record Notification(NotificationKind kind, Long centerId, Long accountId, String email, String subject,
		String body, String link, String phone) {

	public Notification {
		if (kind == null || subject == null || subject.isBlank() || body == null) {
			throw new IllegalArgumentException("a notification needs a kind, a subject and a body");
		}
	}

	/** A notification to a person's channels (no number of its own). */
	public Notification(NotificationKind kind, Long centerId, Long accountId, String email, String subject, String body,
			String link) {
		this(kind, centerId, accountId, email, subject, body, link, null);
	}

	/**
	 * A text message to this mobile number only (no e-mail, no in-app notice), such as a code that
	 * proves the person holds the number; the account is kept so the text goes with the account.
	 */
	public static Notification toPhone(String phone, NotificationKind kind, Long centerId, Long accountId,
			String subject, String body) {
		if (phone == null || phone.isBlank()) {
			throw new IllegalArgumentException("a text needs a number");
		}
		return new Notification(kind, centerId, accountId, null, subject, body, null, phone);
	}

	/** A notification to the person with this address (and their account, if they have one). */
	public static Notification to(String email, NotificationKind kind, Long centerId, String subject, String body,
			String link) {
		return new Notification(kind, centerId, null, email, subject, body, link);
	}

	/** The same notification for a known account. */
	public Notification forAccount(Long account) {
		return new Notification(kind, centerId, account, email, subject, body, link, phone);
	}
}
