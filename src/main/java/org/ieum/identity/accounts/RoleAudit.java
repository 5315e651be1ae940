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

import org.hibernate.annotations.Immutable;
import org.ieum.identity.Role;

/** One grant or removal of a role: who did it, to whom, what, when. */
@Entity
@Immutable
@Table(name = "identity_role_audit")
class RoleAudit {

	enum Action {
		GRANT, REVOKE
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_account_id")
	private Long actorAccountId;

	@Column(name = "actor_email")
	private String actorEmail;

	@Column(name = "subject_account_id", nullable = false)
	private Long subjectAccountId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Action action;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@Column(name = "center_id")
	private Long centerId;

	private String note;

	protected RoleAudit() {
	}

	RoleAudit(Instant occurredAt, Long actorAccountId, String actorEmail, long subjectAccountId, Action action,
			Role role, Long centerId, String note) {
		this.occurredAt = occurredAt;
		this.actorAccountId = actorAccountId;
		this.actorEmail = actorEmail;
		this.subjectAccountId = subjectAccountId;
		this.action = action;
		this.role = role;
		this.centerId = centerId;
		this.note = note;
	}

	Long getId() {
		return id;
	}

	Instant getOccurredAt() {
		return occurredAt;
	}

	String getActorEmail() {
		return actorEmail;
	}

	Long getSubjectAccountId() {
		return subjectAccountId;
	}

	Action getAction() {
		return action;
	}

	Role getRole() {
		return role;
	}

	Long getCenterId() {
		return centerId;
	}

	String getNote() {
		return note;
	}
}
