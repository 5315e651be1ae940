package org.ieum.content.newsletter;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One address on one center's newsletter. It receives issues only once its owner followed the
 * confirmation link (double opt-in); until then it is pending and is deleted when the link expires.
 */
@Entity
@Table(name = "content_newsletter_subscriber")
class Subscriber {

	/** How long a confirmation link can be used. */
	static final Duration LINK_VALIDITY = Duration.ofDays(7);

	/** No second confirmation mail to the same address sooner than this. */
	static final Duration RESEND_PAUSE = Duration.ofMinutes(10);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false)
	private boolean confirmed;

	@Column(name = "confirm_hash", nullable = false, length = 64)
	private String confirmHash;

	@Column(name = "confirm_sent_at", nullable = false)
	private Instant confirmSentAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "unsubscribe_token", nullable = false, length = 64)
	private String unsubscribeToken;

	@Column(name = "consent_version", nullable = false, length = 20)
	private String consentVersion;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Subscriber() {
	}

	Subscriber(long centerId, String email, String confirmHash, String unsubscribeToken, String consentVersion,
			Instant now) {
		this.centerId = centerId;
		this.email = email;
		this.confirmHash = confirmHash;
		this.unsubscribeToken = unsubscribeToken;
		this.consentVersion = consentVersion;
		this.confirmSentAt = now;
		this.createdAt = now;
	}

	boolean linkExpiredAt(Instant now) {
		return !confirmed && !now.isBefore(confirmSentAt.plus(LINK_VALIDITY));
	}

	/** Whether a new confirmation mail may go out now (pending, and not one a moment ago). */
	boolean mayResendAt(Instant now) {
		return !confirmed && !now.isBefore(confirmSentAt.plus(RESEND_PAUSE));
	}

	/** A new link replaces the old one (the person asked again): seven more days, the consent renewed. */
	void reissue(String newConfirmHash, String consent, Instant now) {
		confirmHash = newConfirmHash;
		consentVersion = consent;
		confirmSentAt = now;
	}

	void confirm(Instant now) {
		confirmed = true;
		confirmedAt = now;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getEmail() {
		return email;
	}

	boolean isConfirmed() {
		return confirmed;
	}

	String getConfirmHash() {
		return confirmHash;
	}

	Instant getConfirmSentAt() {
		return confirmSentAt;
	}

	Instant getConfirmedAt() {
		return confirmedAt;
	}

	String getUnsubscribeToken() {
		return unsubscribeToken;
	}

	Instant getCreatedAt() {
		return createdAt;
	}
}
