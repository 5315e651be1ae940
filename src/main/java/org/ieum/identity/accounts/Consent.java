package org.ieum.identity.accounts;

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
@Table(name = "identity_consent")
public class Consent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsentPurpose purpose;

	@Column(name = "text_version", nullable = false)
	private String textVersion;

	@Column(name = "agreed_at", nullable = false)
	private Instant agreedAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	protected Consent() {
	}

	Consent(ConsentPurpose purpose, String textVersion, Instant agreedAt) {
		this.purpose = purpose;
		this.textVersion = textVersion;
		this.agreedAt = agreedAt;
	}

	void withdraw(Instant now) {
		if (withdrawnAt == null) {
			withdrawnAt = now;
		}
	}

	boolean isActive() {
		return withdrawnAt == null;
	}

	public ConsentPurpose getPurpose() {
		return purpose;
	}

	public String getTextVersion() {
		return textVersion;
	}

	public Instant getAgreedAt() {
		return agreedAt;
	}

	public Instant getWithdrawnAt() {
		return withdrawnAt;
	}
}
