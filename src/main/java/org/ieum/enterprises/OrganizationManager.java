package org.ieum.enterprises;

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
class OrganizationManager {

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

	OrganizationManager(long organizationId, long accountId, Instant since) {
		this.organizationId = organizationId;
		this.accountId = accountId;
		this.since = since;
	}

	void moveTo(long organizationId) {
		this.organizationId = organizationId;
	}

	Long getId() {
		return id;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Long getAccountId() {
		return accountId;
	}

	Instant getSince() {
		return since;
	}
}
