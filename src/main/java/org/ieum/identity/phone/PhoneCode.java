package org.ieum.identity.phone;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.identity.accounts.Hashing;

/**
 * One code sent to a mobile number to prove the member holds it. Only a salted hash of the code
 * is kept; it is good for {@link #VALID_FOR}, for at most {@link #MAX_ATTEMPTS} tries, and once.
 */
@Entity
@Table(name = "identity_phone_code")
class PhoneCode {

	static final Duration VALID_FOR = Duration.ofMinutes(5);

	static final int MAX_ATTEMPTS = 5;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private long accountId;

	@Column(nullable = false)
	private String phone;

	@Column(nullable = false)
	private String salt;

	@Column(name = "code_hash", nullable = false)
	private String codeHash;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(nullable = false)
	private int attempts;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	protected PhoneCode() {
	}

	PhoneCode(long accountId, String phone, String code, Instant now) {
		this.accountId = accountId;
		this.phone = phone;
		this.salt = Hashing.randomSecret();
		this.codeHash = hash(salt, code);
		this.sentAt = now;
		this.expiresAt = now.plus(VALID_FOR);
	}

	private static String hash(String salt, String code) {
		return Hashing.sha256Hex(salt + ":" + code);
	}

	/** What became of one try of a code. */
	enum Outcome {
		CONFIRMED, WRONG, EXPIRED, TOO_MANY_ATTEMPTS, ALREADY_USED
	}

	/**
	 * Checks a typed code. A wrong code uses up a try; once the tries are used up, even the right
	 * code is refused, so guessing a million codes is out of reach.
	 */
	Outcome attempt(String typed, Instant now) {
		if (confirmedAt != null) {
			return Outcome.ALREADY_USED;
		}
		if (!now.isBefore(expiresAt)) {
			return Outcome.EXPIRED;
		}
		if (attempts >= MAX_ATTEMPTS) {
			return Outcome.TOO_MANY_ATTEMPTS;
		}
		attempts++;
		boolean right = MessageDigest.isEqual(hash(salt, typed).getBytes(StandardCharsets.US_ASCII),
				codeHash.getBytes(StandardCharsets.US_ASCII));
		if (!right) {
			return Outcome.WRONG;
		}
		confirmedAt = now;
		return Outcome.CONFIRMED;
	}

	boolean isConfirmed() {
		return confirmedAt != null;
	}

	int attemptsLeft() {
		return Math.max(0, MAX_ATTEMPTS - attempts);
	}

	long getAccountId() {
		return accountId;
	}

	String getPhone() {
		return phone;
	}

	Instant getSentAt() {
		return sentAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}
}
