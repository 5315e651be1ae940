package org.ieum.notifications.sending;

/**
 * What a provider answered: {@code ACCEPTED} (it took the message; its id), {@code REFUSED}
 * (it said no for good: bad number, unknown template, not a KakaoTalk user...), {@code RETRY}
 * (it did not take the message and said to try later: 429 or 5xx, or it could not be reached),
 * {@code UNKNOWN} (the request left but no answer came in time: it may have been sent). The code
 * is the provider's own code or HTTP status, shown to staff.
 */
record ProviderResult(Outcome outcome, String code, String messageId) {

	enum Outcome {
		ACCEPTED, REFUSED, RETRY, UNKNOWN
	}

	static ProviderResult accepted(String messageId) {
		return new ProviderResult(Outcome.ACCEPTED, null, messageId);
	}

	static ProviderResult refused(String code) {
		return new ProviderResult(Outcome.REFUSED, code, null);
	}

	static ProviderResult retry(String code) {
		return new ProviderResult(Outcome.RETRY, code, null);
	}

	static ProviderResult unknown(String code) {
		return new ProviderResult(Outcome.UNKNOWN, code, null);
	}
}
