package org.ieum.identity.accounts;

public enum AccountStatus {
	ACTIVE,
	/** Under 14: waits until staff confirm the guardian's consent. */
	PENDING_GUARDIAN,
	/** Deleted at the person's request; personal data anonymized. */
	DELETED
}
