package org.ieum.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class OutboxMessageTests {

	private final Instant t0 = Instant.parse("2026-05-01T00:00:00Z");

	@Test
	void failedAttemptsWaitLongerEachTimeThenGiveUp() {
		OutboxMessage message = new OutboxMessage("a@b.kr", "제목", "본문", t0);
		message.attemptFailed("connection refused", t0);
		assertThat(message.getNextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(1)));
		message.attemptFailed("connection refused", t0);
		assertThat(message.getNextAttemptAt()).isEqualTo(t0.plus(Duration.ofMinutes(5)));
		for (int i = 2; i < OutboxMessage.BACKOFF.length; i++) {
			message.attemptFailed("connection refused", t0);
			assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
		}
		message.attemptFailed("connection refused", t0);
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
		assertThat(message.getAttempts()).isEqualTo(OutboxMessage.BACKOFF.length + 1);
	}

	@Test
	void anAdministratorCanRetryAFailedMessage() {
		OutboxMessage message = new OutboxMessage("a@b.kr", "제목", "본문", t0);
		for (int i = 0; i <= OutboxMessage.BACKOFF.length; i++) {
			message.attemptFailed("down", t0);
		}
		message.retry(t0.plusSeconds(60));
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
		assertThat(message.getNextAttemptAt()).isEqualTo(t0.plusSeconds(60));
	}

	@Test
	void aSentMessageIsNotSentAgainAndASecretBodyIsErased() {
		OutboxMessage message = new OutboxMessage("a@b.kr", "재설정", "https://x/password-reset/secret", true, t0);
		message.delivered(t0);
		assertThat(message.getBody()).doesNotContain("secret");
		message.retry(t0.plusSeconds(60));
		assertThat(message.getStatus()).isEqualTo(OutboxMessage.Status.SENT);
	}
}
