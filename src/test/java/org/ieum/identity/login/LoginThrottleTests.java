package org.ieum.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTests {

	private final Instant t0 = Instant.parse("2026-03-02T01:00:00Z");

	@Test
	void fifthFailureLocksForTenMinutes() {
		LoginThrottle throttle = new LoginThrottle("a@b.kr", t0);
		for (int i = 0; i < 4; i++) {
			throttle.fail(t0);
		}
		assertThat(throttle.isLocked(t0)).isFalse();
		throttle.fail(t0);
		assertThat(throttle.isLocked(t0.plus(Duration.ofMinutes(9)))).isTrue();
		assertThat(throttle.isLocked(t0.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void countingStartsAgainAfterTheLockRunsOut() {
		LoginThrottle throttle = new LoginThrottle("a@b.kr", t0);
		for (int i = 0; i < 5; i++) {
			throttle.fail(t0);
		}
		Instant later = t0.plus(Duration.ofMinutes(11));
		throttle.fail(later);
		assertThat(throttle.isLocked(later)).isFalse();
	}
}
