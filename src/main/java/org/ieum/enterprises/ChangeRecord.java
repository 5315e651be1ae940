package org.ieum.enterprises;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of an organization's change history. Never updated, except to follow a merge. */
@Entity
@Table(name = "enterprises_change")
class ChangeRecord {

	private static final int MAX = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "actor_account_id")
	private Long actorAccountId;

	@Column(name = "actor_name", length = 100)
	private String actorName;

	@Column(nullable = false, length = 60)
	private String field;

	@Column(name = "old_value", length = MAX)
	private String oldValue;

	@Column(name = "new_value", length = MAX)
	private String newValue;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	protected ChangeRecord() {
	}

	ChangeRecord(long organizationId, Long actorAccountId, String actorName, FieldChange change, Instant at) {
		this.organizationId = organizationId;
		this.actorAccountId = actorAccountId;
		this.actorName = actorName;
		this.field = change.field();
		this.oldValue = cut(change.oldValue());
		this.newValue = cut(change.newValue());
		this.changedAt = at;
	}

	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	void forgetActor() {
		actorName = null;
	}

	private static String cut(String value) {
		return value == null || value.length() <= MAX ? value : value.substring(0, MAX);
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Long getActorAccountId() {
		return actorAccountId;
	}

	String getActorName() {
		return actorName;
	}

	String getField() {
		return field;
	}

	String getOldValue() {
		return oldValue;
	}

	String getNewValue() {
		return newValue;
	}

	Instant getChangedAt() {
		return changedAt;
	}
}
