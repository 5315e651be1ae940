package org.ieum.identity.tokens;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A personal API token. The secret is shown once; only its SHA-256 is kept. */
@Entity
@Table(name = "identity_api_token")
public class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false)
	private String tokenPrefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(long accountId, String name, String tokenHash, String tokenPrefix, Instant now, Instant expiresAt) {
		this.accountId = accountId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

	boolean validAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	/**
	 * Notes the use, to the minute that My page shows: a kiosk sending a request a second would
	 * otherwise write this row (and queue behind its own lock) on every request.
	 */
	public void used(Instant now) {
		if (useToNote(now)) {
			lastUsedAt = now;
		}
	}

	/** Whether a use at {@code now} is news to the minute (or the clock was set back). */
	boolean useToNote(Instant now) {
		return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(USE_RESOLUTION)) || now.isBefore(lastUsedAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}

	String getName() {
		return name;
	}

	String getTokenPrefix() {
		return tokenPrefix;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	Instant getRevokedAt() {
		return revokedAt;
	}
}
