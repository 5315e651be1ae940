package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** What each answer makes of a delivery: the backoff schedule, the fallback, and when an unknown outcome may be repeated. */
class AttemptRulesTests {

	private static final Instant FIRST = Instant.parse("2026-12-07T01:00:00Z");

	@Test
	void providerErrorsAreRetriedAfter1_5_15_60_180MinutesThenTheDeliveryFails() {
		Instant now = FIRST;
		long[] minutes = { 1, 5, 15, 60, 180 };
		for (int attempt = 1; attempt <= minutes.length; attempt++) {
			AttemptRules.Decision decision = AttemptRules.decide(ProviderResult.retry("HTTP 503"), attempt, FIRST, now, true,
					false);
			assertThat(decision.status()).isEqualTo("QUEUED");
			assertThat(decision.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(minutes[attempt - 1])));
		}
		AttemptRules.Decision last = AttemptRules.decide(ProviderResult.retry("HTTP 503"), 6, FIRST, now, true, false);
		assertThat(last.status()).isEqualTo("FAILED");
		assertThat(last.problem()).isEqualTo("GAVE_UP");
		assertThat(last.detail()).isEqualTo("6");
	}

	@Test
	void aRefusalFailsAndQueuesATextOnlyWhenAllowed() {
		assertThat(AttemptRules.decide(ProviderResult.refused("-3026"), 1, FIRST, FIRST, true, true))
			.isEqualTo(new AttemptRules.Decision("FAILED", null, "FELL_BACK", null, true));
		assertThat(AttemptRules.decide(ProviderResult.refused("-3026"), 1, FIRST, FIRST, true, false))
			.isEqualTo(new AttemptRules.Decision("FAILED", null, null, null, false));
	}

	@Test
	void anUnknownOutcomeIsRepeatedOnlyWhereTheKeyIsRefusedTwiceAndOnlyWithinItsWindow() {
		assertThat(AttemptRules.decide(ProviderResult.unknown("TIMEOUT"), 1, FIRST, FIRST, true, false))
			.isEqualTo(new AttemptRules.Decision("QUEUED", FIRST.plus(Duration.ofMinutes(1)), null, null, false));
		assertThat(AttemptRules.decide(ProviderResult.unknown("TIMEOUT"), 1, FIRST, FIRST, false, false).status())
			.isEqualTo("UNCERTAIN");
		assertThat(AttemptRules.decide(ProviderResult.unknown("TIMEOUT"), 7, FIRST, FIRST.plus(Duration.ofMinutes(7)), true,
				false).status()).isEqualTo("QUEUED");
		assertThat(AttemptRules.decide(ProviderResult.unknown("TIMEOUT"), 8, FIRST,
				FIRST.plus(Duration.ofMinutes(7)).plusSeconds(1), true, false).status()).isEqualTo("UNCERTAIN");
	}
}
