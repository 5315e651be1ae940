package org.ieum.identity.login;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/** Failed logins for one e-mail address, whether or not an account has it. */
@Entity
@Table(name = "identity_login_throttle")
class LoginThrottle implements Persistable<String> {

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

	/**
	 * The key is assigned, so without this Spring Data would merge a new row: a parallel
	 * first attempt would then overwrite another's count instead of failing on the key.
	 */
	@Transient
	private boolean fresh;

	protected LoginThrottle() {
	}

	LoginThrottle(String emailKey, Instant now) {
		this.emailKey = emailKey;
		this.lastFailureAt = now;
		this.fresh = true;
	}

	@Override
	public String getId() {
		return emailKey;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostPersist
	@PostLoad
	void stored() {
		fresh = false;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	/**
	 * Counts an attempt that has not been shown to be right yet. Failures older than the
	 * lock period are forgotten, so five failures must fall within ten minutes.
	 */
	void fail(Instant now) {
		boolean lockRanOut = lockedUntil != null && !now.isBefore(lockedUntil);
		boolean stale = lockedUntil == null && failures > 0 && !now.isBefore(lastFailureAt.plus(LOCK));
		if (lockRanOut || stale) {
			lockedUntil = null;
			failures = 0;
		}
		failures++;
		lastFailureAt = now;
		if (failures >= MAX_FAILURES) {
			lockedUntil = now.plus(LOCK);
		}
	}

	/** A right password takes back the attempt counted for it; the lock it may have set goes too. */
	void succeed() {
		failures = 0;
		lockedUntil = null;
	}

	Instant getLockedUntil() {
		return lockedUntil;
	}
}
