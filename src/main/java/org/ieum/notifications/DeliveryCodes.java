package org.ieum.notifications;

import java.util.Set;

/**
 * The Korean label of every code staff see on a delivery: our own reasons (no marketing consent, no
 * connection, a timeout...), the HTTP errors of a provider, the provider codes whose meaning its published
 * code table gives, and for any other provider code a label saying whose code it is and where to read it.
 */
final class DeliveryCodes {

	private static final Set<String> OWN = Set.of("NO_MARKETING_CONSENT", "CONNECT", "TIMEOUT", "IO", "INTERRUPTED",
			"NO_RESULT", "CLAIM_EXPIRED", "CANCEL", "FAILED");

	/** Provider codes with a label of their own, as "PROVIDER.code". */
	private static final Set<String> KNOWN = Set.of("NHN_CLOUD.1000", "SOLAPI.2000", "SOLAPI.3000", "SOLAPI.4000");

	private DeliveryCodes() {
	}

	/** The message key and its argument for a code (null when there is no code). */
	static Label of(String provider, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		if (OWN.contains(code)) {
			return new Label("notifications.code." + code, code);
		}
		if (code.startsWith("HTTP ")) {
			return new Label("notifications.code.HTTP", code.substring(5));
		}
		if (code.startsWith("MSG_STATUS_")) {
			return new Label("notifications.code.MSG_STATUS", code.substring(11));
		}
		if (provider != null && KNOWN.contains(provider + "." + code)) {
			return new Label("notifications.code." + provider + "." + code, code);
		}
		return new Label(provider == null ? "notifications.code.OTHER" : "notifications.code.OTHER." + provider, code);
	}

	record Label(String key, String argument) {
	}
}
