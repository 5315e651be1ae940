package org.ieum.enterprises.membership;

import org.ieum.enterprises.records.ChangeRecord;
import org.ieum.enterprises.records.ChangeRecordRepository;
import org.ieum.enterprises.records.ManagementClaim;
import org.ieum.enterprises.records.ManagementClaimRepository;
import org.ieum.enterprises.records.OrganizationManagerRepository;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person deletes their account, enterprises forgets them in the same transaction:
 * they stop managing organizations, and claims and history keep only an anonymous
 * reference. Running it twice changes nothing more.
 */
@Component
public class AccountDeletions {

	private final OrganizationManagerRepository managers;
	private final ManagementClaimRepository claims;
	private final ChangeRecordRepository changes;

	public AccountDeletions(OrganizationManagerRepository managers, ManagementClaimRepository claims,
			ChangeRecordRepository changes) {
		this.managers = managers;
		this.claims = claims;
		this.changes = changes;
	}

	@EventListener
	public void on(AccountDeleted event) {
		managers.deleteAll(managers.findByAccountIdOrderByIdAsc(event.accountId()));
		claims.findByAccountIdOrderByCreatedAtDesc(event.accountId()).forEach(ManagementClaim::forgetClaimant);
		changes.findByActorAccountId(event.accountId()).forEach(ChangeRecord::forgetActor);
	}
}
