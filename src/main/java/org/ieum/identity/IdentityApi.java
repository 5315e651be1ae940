package org.ieum.identity;

import java.util.Optional;

import org.springframework.stereotype.Service;

/** What other modules may ask of the identity module. */
@Service
public class IdentityApi {

	private final AccountPrincipals principals;
	private final PersonalDataAccessLog accessLog;
	private final AccountRepository accounts;

	IdentityApi(AccountPrincipals principals, PersonalDataAccessLog accessLog, AccountRepository accounts) {
		this.principals = principals;
		this.accessLog = accessLog;
		this.accounts = accounts;
	}

	/** The signed-in user of the current request, if any. */
	public Optional<CurrentUser> currentUser() {
		return principals.current();
	}

	/** The public display name of an account (for example to show who made a booking). */
	public Optional<String> displayNameOf(long accountId) {
		return accounts.findById(accountId).map(Account::getDisplayName);
	}

	/**
	 * Writes one entry to the personal-data access log for the current user and request.
	 * Call it whenever staff view, export or change another person's personal data.
	 */
	public void recordPersonalDataAccess(Long subjectAccountId, PersonalDataAction action, String detail,
			String reason) {
		accessLog.record(subjectAccountId, action, detail, reason);
	}
}
