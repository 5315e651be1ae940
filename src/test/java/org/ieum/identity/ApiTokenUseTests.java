package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.ieum.identity.tokens.ApiToken;
import org.junit.jupiter.api.Test;

class ApiTokenUseTests {

	private static final Instant T = Instant.parse("2026-12-02T01:00:00Z");

	@Test
	void useIsNotedToTheMinuteNotOnEveryRequest() {
		ApiToken token = new ApiToken(1, "키오스크", "hash", "ieum_abcdefg", T, T.plus(Duration.ofDays(30)));
		assertThat(token.getLastUsedAt()).isNull();
		token.used(T);
		assertThat(token.getLastUsedAt()).isEqualTo(T);
		// a request a second for the next minute leaves the row alone
		token.used(T.plusSeconds(1));
		token.used(T.plusSeconds(59));
		assertThat(token.getLastUsedAt()).isEqualTo(T);
		token.used(T.plusSeconds(60));
		assertThat(token.getLastUsedAt()).isEqualTo(T.plusSeconds(60));
		// a clock set back is believed at once rather than hiding uses for as long as it was off
		token.used(T.minusSeconds(3600));
		assertThat(token.getLastUsedAt()).isEqualTo(T.minusSeconds(3600));
	}
}
