package org.ieum.shared.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "shared_mail_outbox")
public class OutboxMessage {

	/** Waits between attempts; after the last one the message is given up. */
	static final Duration[] BACKOFF = { Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
			Duration.ofHours(2), Duration.ofHours(6), Duration.ofHours(12) };

	public enum Status {
		/** Waiting for delivery. */
		PENDING,
		/** Handed to the SMTP server. */
		SENT,
		/** No SMTP server is configured: kept here for the administrator to read. */
		HELD,
		/** Every attempt failed. */
		FAILED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recipient", nullable = false)
	private String recipient;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false, length = 20000)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "next_attempt_at", nullable = false)
	private Instant nextAttemptAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "sent_at")
	private Instant sentAt;

	@Column(name = "last_error", length = 1000)
	private String lastError;

	/** The body holds a secret (a reset link): it is removed once the message is delivered. */
	@Column(nullable = false)
	private boolean sensitive;

	/** Extra header lines, one "Name: value" a line (List-Unsubscribe of a newsletter); null for none. */
	@Column(length = 2000)
	private String headers;

	/** Groups the messages of one mailing (a newsletter issue) so its sender can count deliveries. */
	@Column(length = 100)
	private String tag;

	static final String REDACTED = "(보안을 위해 발송 후 본문을 지웠습니다.)";

	protected OutboxMessage() {
	}

	OutboxMessage(String recipient, String subject, String body, Instant now) {
		this(recipient, subject, body, false, now);
	}

	OutboxMessage(String recipient, String subject, String body, boolean sensitive, Instant now) {
		this.sensitive = sensitive;
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = Status.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	OutboxMessage(String recipient, String subject, String body, java.util.Map<String, String> headers, String tag,
			Instant now) {
		this(recipient, subject, body, false, now);
		StringBuilder lines = new StringBuilder();
		headers.forEach((name, value) -> {
			if (!name.matches("[A-Za-z][A-Za-z0-9-]{0,60}") || value.contains("\r") || value.contains("\n")) {
				throw new IllegalArgumentException("not a mail header: " + name);
			}
			lines.append(name).append(": ").append(value).append('\n');
		});
		this.headers = lines.isEmpty() ? null : lines.toString();
		this.tag = tag;
	}

	/** The extra header lines as name and value, in the order they were given. */
	java.util.Map<String, String> extraHeaders() {
		java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
		if (headers != null) {
			headers.lines().filter(l -> l.contains(": ")).forEach(l -> {
				int colon = l.indexOf(": ");
				result.put(l.substring(0, colon), l.substring(colon + 2));
			});
		}
		return result;
	}

	void delivered(Instant now) {
		attempts++;
		status = Status.SENT;
		sentAt = now;
		lastError = null;
		if (sensitive) {
			body = REDACTED;
		}
	}

	/** The person deleted their account: nothing here may still name them. */
	void forgetRecipient(String anonymousAddress) {
		recipient = anonymousAddress;
		body = REDACTED;
		if (status == Status.PENDING || status == Status.HELD) {
			status = Status.FAILED;
			lastError = "recipient deleted their account";
		}
	}

	boolean retriable() {
		return status == Status.FAILED || status == Status.HELD;
	}

	void held() {
		status = Status.HELD;
	}

	void attemptFailed(String error, Instant now) {
		attempts++;
		lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
		if (attempts > BACKOFF.length) {
			status = Status.FAILED;
		}
		else {
			nextAttemptAt = now.plus(BACKOFF[attempts - 1]);
		}
	}

	/** An administrator asks for another try, for example after fixing SMTP settings. */
	void retry(Instant now) {
		if (!retriable()) {
			return;
		}
		status = Status.PENDING;
		nextAttemptAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Status getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getSentAt() {
		return sentAt;
	}

	public String getLastError() {
		return lastError;
	}
}
