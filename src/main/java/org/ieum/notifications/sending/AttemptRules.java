package org.ieum.notifications.sending;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a provider's answer makes of a text or 알림톡 delivery. Errors worth a retry (429, 5xx, no
 * connection) are tried again after 1, 5, 15, 60 and 180 minutes, then the delivery fails. An
 * answer that never came is sent again only where the provider refuses a repeated key (NHN Cloud
 * 알림톡, ten minutes: one minute later, while within eight minutes of the first request); anywhere
 * else, or later, the delivery waits for staff to check it in the provider's console, never sent twice.
 */
final class AttemptRules {

	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofHours(1), Duration.ofHours(3));

	static final Duration REPEAT_AFTER = Duration.ofMinutes(1);

	/** NHN Cloud keeps an idempotency key ten minutes; a repeat must reach it well inside that. */
	static final Duration REPEAT_WINDOW = Duration.ofMinutes(8);

	private AttemptRules() {
	}

	/**
	 * @param attempts the requests made so far, this one included
	 * @param firstSentAt when the first request left
	 * @param repeatsSafely whether the provider refuses a second request with the same key
	 * @param fallback whether a refused 알림톡 goes again as a text
	 */
	static Decision decide(ProviderResult result, int attempts, Instant firstSentAt, Instant now, boolean repeatsSafely,
			boolean fallback) {
		return switch (result.outcome()) {
			case ACCEPTED -> new Decision("ACCEPTED", null, null, null, false);
			case REFUSED -> new Decision("FAILED", null, fallback ? "FELL_BACK" : null, null, fallback);
			case RETRY -> attempts <= BACKOFF.size()
					? new Decision("QUEUED", now.plus(BACKOFF.get(attempts - 1)), null, null, false)
					: new Decision("FAILED", null, "GAVE_UP", String.valueOf(attempts), false);
			case UNKNOWN -> repeatsSafely && !now.plus(REPEAT_AFTER).isAfter(firstSentAt.plus(REPEAT_WINDOW))
					? new Decision("QUEUED", now.plus(REPEAT_AFTER), null, null, false)
					: new Decision("UNCERTAIN", null, "UNCERTAIN", null, false);
		};
	}

	/** The delivery's next status, when to try again, our own reason shown to staff, and whether to queue a text instead. */
	record Decision(String status, Instant nextAttemptAt, String problem, String detail, boolean queueText) {
	}
}
