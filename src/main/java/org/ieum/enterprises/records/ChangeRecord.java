package org.ieum.enterprises.records;

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
public class ChangeRecord {

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

	public ChangeRecord(long organizationId, Long actorAccountId, String actorName, FieldChange change, Instant at) {
		this.organizationId = organizationId;
		this.actorAccountId = actorAccountId;
		this.actorName = actorName;
		this.field = change.field();
		this.oldValue = cut(change.oldValue());
		this.newValue = cut(change.newValue());
		this.changedAt = at;
	}

	public void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	public void forgetActor() {
		actorName = null;
	}

	private static String cut(String value) {
		return value == null || value.length() <= MAX ? value : value.substring(0, MAX);
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public Long getActorAccountId() {
		return actorAccountId;
	}

	public String getActorName() {
		return actorName;
	}

	public String getField() {
		return field;
	}

	public String getOldValue() {
		return oldValue;
	}

	public String getNewValue() {
		return newValue;
	}

	public Instant getChangedAt() {
		return changedAt;
	}
}
