package org.ieum.identity.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.ieum.identity.PersonalDataAction;
import org.ieum.identity.accounts.Hashing;

/** One entry of the personal-data access log. Never updated or deleted by the application. */
@Entity
@Immutable
@Table(name = "identity_personal_data_access")
class PersonalDataAccess {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_account_id")
	private Long actorAccountId;

	@Column(name = "actor_email")
	private String actorEmail;

	@Column(name = "ip_address")
	private String ipAddress;

	@Column(name = "subject_account_id")
	private Long subjectAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PersonalDataAction action;

	private String detail;

	private String reason;

	@Column(name = "previous_hash", nullable = false)
	private String previousHash;

	@Column(name = "entry_hash", nullable = false)
	private String entryHash;

	protected PersonalDataAccess() {
	}

	PersonalDataAccess(Instant occurredAt, Long actorAccountId, String actorEmail, String ipAddress,
			Long subjectAccountId, PersonalDataAction action, String detail, String reason, String previousHash) {
		// hashed as stored: PostgreSQL keeps microseconds and its driver rounds the rest, which
		// could carry into the next millisecond and break the chain for that entry
		this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
		this.actorAccountId = actorAccountId;
		this.actorEmail = actorEmail;
		this.ipAddress = ipAddress;
		this.subjectAccountId = subjectAccountId;
		this.action = action;
		this.detail = detail;
		this.reason = reason;
		this.previousHash = previousHash;
		this.entryHash = computeHash();
	}

	/** The hash over this entry's content and its predecessor's hash. */
	String computeHash() {
		String content = String.join("|", previousHash, String.valueOf(occurredAt.toEpochMilli()),
				String.valueOf(actorAccountId), String.valueOf(actorEmail), String.valueOf(ipAddress),
				String.valueOf(subjectAccountId), action.name(), String.valueOf(detail), String.valueOf(reason));
		return Hashing.sha256Hex(content);
	}

	Long getId() {
		return id;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	Long getActorAccountId() {
		return actorAccountId;
	}

	String getActorEmail() {
		return actorEmail;
	}

	String getIpAddress() {
		return ipAddress;
	}

	Long getSubjectAccountId() {
		return subjectAccountId;
	}

	PersonalDataAction getAction() {
		return action;
	}

	String getDetail() {
		return detail;
	}

	String getReason() {
		return reason;
	}

	String getPreviousHash() {
		return previousHash;
	}

	String getEntryHash() {
		return entryHash;
	}
}
