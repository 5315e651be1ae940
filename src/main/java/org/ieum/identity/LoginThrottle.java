package org.ieum.identity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Failed logins for one e-mail address, whether or not an account has it. */
@Entity
@Table(name = "identity_login_throttle")
class LoginThrottle {

	static final int MAX_FAILURES = 5;
	static final Duration LOCK = Duration.ofMinutes(10);

	@Id
	@Column(name = "email_key")
	private String emailKey;

	@Column(nullable = false)
	private int failures;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "last_failure_at", nullable = false)
	private Instant lastFailureAt;

	protected LoginThrottle() {
	}

	LoginThrottle(String emailKey, Instant now) {
		this.emailKey = emailKey;
		this.lastFailureAt = now;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	void fail(Instant now) {
		if (lockedUntil != null && !now.isBefore(lockedUntil)) {
			// the lock has run out: counting starts again
			lockedUntil = null;
			failures = 0;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= MAX_FAILURES) {
			lockedUntil = now.plus(LOCK);
		}
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}
}
