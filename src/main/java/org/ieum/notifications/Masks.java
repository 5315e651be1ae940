package org.ieum.notifications;

/** How staff lists show a person's address: enough to recognise it, not enough to use it. */
final class Masks {

	private Masks() {
	}

	/** {@code hong.gildong@example.org} becomes {@code h***@example.org}; a phone number keeps its last four digits. */
	static String recipient(String recipient) {
		if (recipient == null || recipient.isBlank()) {
			return "-";
		}
		int at = recipient.indexOf('@');
		if (at > 0) {
			return recipient.charAt(0) + "***" + recipient.substring(at);
		}
		String digits = recipient.replaceAll("[^0-9]", "");
		if (digits.length() >= 8) {
			return digits.substring(0, 3) + "-****-" + digits.substring(digits.length() - 4);
		}
		return "***";
	}
}
