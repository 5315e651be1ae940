package org.ieum.identity;

import java.util.Objects;
import java.util.Optional;

import org.ieum.identity.access.PersonalDataAccessLog;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipals;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.AccountStatus;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.identity.login.LoginAuthenticationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of the identity module. */
@Service
public class IdentityApi {

	private final AccountPrincipals principals;
	private final PersonalDataAccessLog accessLog;
	private final AccountRepository accounts;
	private final RoleAssignments roles;

	IdentityApi(AccountPrincipals principals, PersonalDataAccessLog accessLog, AccountRepository accounts,
			RoleAssignments roles) {
		this.principals = principals;
		this.accessLog = accessLog;
		this.accounts = accounts;
		this.roles = roles;
	}

	/** The account that uses this e-mail address, if any (addresses are stored in lower case). */
	public Optional<Long> findAccountIdByEmail(String email) {
		return accounts.findByEmail(LoginAuthenticationProvider.emailKey(email)).map(Account::getId);
	}

	/**
	 * Gives an account a role another module's decision implies (an approved organization
	 * manager becomes ENTERPRISE_MEMBER). The calling service has already checked that the
	 * current user may make that decision; the grant is audited with the current user as
	 * actor. Only member-level roles can be granted this way, never staff or administrator.
	 */
	@Transactional
	public void grantMemberRole(long accountId, Role role, String reason) {
		roles.grantMemberRole(accountId, role, reason);
	}

	/** The signed-in user of the current request, if any. */
	public Optional<CurrentUser> currentUser() {
		return principals.current();
	}

	/**
	 * Whether an account may take part in activities yet, and its birth date for age rules
	 * (a course for middle-school students). Empty for an unknown or deleted account.
	 */
	public Optional<AccountStanding> standingOf(long accountId) {
		return accounts.findById(accountId)
			.filter(a -> a.getStatus() != AccountStatus.DELETED)
			.map(a -> new AccountStanding(a.getBirthDate(), a.getStatus() == AccountStatus.PENDING_GUARDIAN));
	}

	/**
	 * Whether an active account holds a role; for a center-scoped role (CENTER_STAFF) at that
	 * center. Lets a module check whom staff may pick for a task, such as a call's reviewers.
	 */
	@Transactional(readOnly = true)
	public boolean holdsRole(long accountId, Role role, Long centerId) {
		return accounts.findById(accountId)
			.filter(a -> a.getStatus() == AccountStatus.ACTIVE)
			.map(a -> a.getRoles().stream()
				.anyMatch(g -> g.getRole() == role && (!role.centerScoped() || Objects.equals(g.getCenterId(), centerId))))
			.orElse(false);
	}

	/**
	 * The address to write to about an account's own activity (an answer to their question):
	 * empty when the account is gone or its owner never showed they read mail there.
	 */
	@Transactional(readOnly = true)
	public Optional<String> verifiedEmailOf(long accountId) {
		return accounts.findById(accountId)
			.filter(a -> a.getStatus() != AccountStatus.DELETED && a.isEmailVerified())
			.map(Account::getEmail);
	}

	/**
	 * The mobile number the account's owner proved they hold with a code ({@code 010-1234-5678}); empty
	 * when there is none, it was changed since, or the account is gone. Only such a number may get
	 * SMS or KakaoTalk 알림톡 about the person's activities.
	 */
	@Transactional(readOnly = true)
	public Optional<String> verifiedPhone(long accountId) {
		return accounts.findById(accountId)
			.filter(a -> a.getStatus() != AccountStatus.DELETED && a.isPhoneVerified())
			.map(Account::getPhone);
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
