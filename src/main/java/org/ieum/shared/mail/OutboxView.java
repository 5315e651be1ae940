package org.ieum.shared.mail;

import java.time.Instant;

/** What the outbox pages show of a message. */
public record OutboxView(long id, String recipient, String subject, String body, OutboxMessage.Status status,
		Instant createdAt, Instant nextAttemptAt, int attempts, Instant sentAt, String lastError) {

	public boolean retriable() {
		return status == OutboxMessage.Status.FAILED || status == OutboxMessage.Status.HELD;
	}

	static OutboxView of(OutboxMessage m) {
		return new OutboxView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(),
				m.getCreatedAt(), m.getNextAttemptAt(), m.getAttempts(), m.getSentAt(), m.getLastError());
	}
}
