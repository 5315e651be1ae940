package org.ieum.content.policies;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One version of a policy. It is in force from its effective date (a Korean date) until the day
 * before the next version's; a version once published is never changed, so what someone agreed to
 * stays readable as it was.
 */
@Entity
@Table(name = "content_policy_version")
class PolicyVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The center whose policy this is; {@code 0} for the network's. */
	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PolicyKind kind;

	@Column(nullable = false)
	private int version;

	@Column(name = "effective_on", nullable = false)
	private LocalDate effectiveOn;

	@Column(name = "body_html", nullable = false)
	private String bodyHtml;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PolicyVersion() {
	}

	PolicyVersion(PolicyKind kind, int version, LocalDate effectiveOn, String bodyHtml, Instant now) {
		this(0L, kind, version, effectiveOn, bodyHtml, now);
	}

	PolicyVersion(long centerId, PolicyKind kind, int version, LocalDate effectiveOn, String bodyHtml, Instant now) {
		this.centerId = centerId;
		this.kind = kind;
		this.version = version;
		this.effectiveOn = effectiveOn;
		this.bodyHtml = bodyHtml;
		this.createdAt = now;
	}

	long getCenterId() {
		return centerId;
	}

	PolicyKind getKind() {
		return kind;
	}

	int getVersion() {
		return version;
	}

	LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	String getBodyHtml() {
		return bodyHtml;
	}
}
