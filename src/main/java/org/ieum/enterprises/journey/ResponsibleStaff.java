package org.ieum.enterprises.journey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The staff member who looks after an organization's obligations and is reminded with its managers. */
@Entity
@Table(name = "enterprises_responsible_staff")
class ResponsibleStaff {

	@Id
	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "account_id", nullable = false)
	private Long accountId;

	@Column(nullable = false)
	private Instant since;

	@Version
	private long version;

	protected ResponsibleStaff() {
	}

	ResponsibleStaff(long organizationId, long accountId, Instant now) {
		this.organizationId = organizationId;
		this.accountId = accountId;
		this.since = now;
	}

	void handOverTo(long accountId, Instant now) {
		this.accountId = accountId;
		this.since = now;
	}

	Long getOrganizationId() {
		return organizationId;
	}

	Long getAccountId() {
		return accountId;
	}
}
