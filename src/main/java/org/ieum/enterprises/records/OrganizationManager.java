package org.ieum.enterprises.records;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A member staff approved to keep an organization's profile and products up to date. */
@Entity
@Table(name = "enterprises_manager")
public class OrganizationManager {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organization_id", nullable = false)
	private Long organizationId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private Instant since;

	protected OrganizationManager() {
	}

	public OrganizationManager(long organizationId, long accountId, Instant since) {
		this.organizationId = organizationId;
		this.accountId = accountId;
		this.since = since;
	}

	public void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	public Long getId() {
		return id;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public Long getAccountId() {
		return accountId;
	}

	public Instant getSince() {
		return since;
	}
}
