package org.ieum.identity.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.ieum.identity.phone.PhoneCode.Outcome;
import org.junit.jupiter.api.Test;

/** A code is good for five minutes, five tries and one use. */
class PhoneCodeTests {

	private static final Instant SENT = Instant.parse("2026-12-07T01:00:00Z");

	private final PhoneCode code = new PhoneCode(7, "010-1234-5678", "123456", SENT);

	@Test
	void theRightCodeWithinFiveMinutesConfirms() {
		assertThat(code.attempt("123456", SENT.plus(Duration.ofMinutes(4)).plusSeconds(59))).isEqualTo(Outcome.CONFIRMED);
	}

	@Test
	void aWrongCodeUsesUpATry() {
		assertThat(code.attempt("654321", SENT.plusSeconds(10))).isEqualTo(Outcome.WRONG);
		assertThat(code.attemptsLeft()).isEqualTo(4);
		assertThat(code.attempt("123456", SENT.plusSeconds(20))).isEqualTo(Outcome.CONFIRMED);
	}

	@Test
	void afterFiveMinutesEvenTheRightCodeIsExpired() {
		assertThat(code.attempt("123456", SENT.plus(Duration.ofMinutes(5)))).isEqualTo(Outcome.EXPIRED);
		assertThat(code.attemptsLeft()).isEqualTo(5);
	}

	@Test
	void afterFiveWrongTriesEvenTheRightCodeIsRefused() {
		for (int i = 0; i < 5; i++) {
			assertThat(code.attempt("00000" + i, SENT.plusSeconds(i))).isEqualTo(Outcome.WRONG);
		}
		assertThat(code.attempt("123456", SENT.plusSeconds(10))).isEqualTo(Outcome.TOO_MANY_ATTEMPTS);
	}

	@Test
	void aCodeWorksOnce() {
		assertThat(code.attempt("123456", SENT.plusSeconds(5))).isEqualTo(Outcome.CONFIRMED);
		assertThat(code.attempt("123456", SENT.plusSeconds(6))).isEqualTo(Outcome.ALREADY_USED);
	}
}
