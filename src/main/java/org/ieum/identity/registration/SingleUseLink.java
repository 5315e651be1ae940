package org.ieum.identity.registration;

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

/** A link mailed to a person that works once, for a while; only the hash of its secret is stored. */
@Entity
@Table(name = "identity_single_use_link")
class SingleUseLink {

	enum Purpose {
		PASSWORD_RESET(Duration.ofMinutes(30)),
		EMAIL_VERIFICATION(Duration.ofDays(3));

		private final Duration validity;

		Purpose(Duration validity) {
			this.validity = validity;
		}

		Duration validity() {
			return validity;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Purpose purpose;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected SingleUseLink() {
	}

	SingleUseLink(long accountId, Purpose purpose, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validity());
	}

	boolean usableAt(Instant now) {
		return usedAt == null && now.isBefore(expiresAt);
	}

	void use(Instant now) {
		if (usedAt == null) {
			usedAt = now;
		}
	}

	Long getAccountId() {
		return accountId;
	}
}
