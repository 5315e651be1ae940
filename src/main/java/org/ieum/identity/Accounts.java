package org.ieum.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.ieum.centers.CentersApi;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.Seoul;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-up, the person's own profile and consents, password change and account deletion. */
@Service
class Accounts {

	static final int GUARDIAN_AGE = 14;

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final CentersApi centers;
	private final MailOutbox mail;
	private final MessageSource messages;
	private final ApplicationEventPublisher events;
	private final AccountPrincipals principals;
	private final RoleAssignments roles;
	private final ApiTokens tokens;
	private final EmailVerifications verifications;
	private final LoginAuthenticationProvider login;
	private final Clock clock;
	private final String baseUrl;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, CentersApi centers, MailOutbox mail,
			MessageSource messages, ApplicationEventPublisher events, AccountPrincipals principals,
			RoleAssignments roles, ApiTokens tokens, EmailVerifications verifications, LoginAuthenticationProvider login,
			Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.verifications = verifications;
		this.login = login;
		this.tokens = tokens;
		this.accounts = accounts;
		this.encoder = encoder;
		this.centers = centers;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.principals = principals;
		this.roles = roles;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	static boolean needsGuardian(LocalDate birthDate, LocalDate today) {
		return birthDate != null && Period.between(birthDate, today).getYears() < GUARDIAN_AGE;
	}

	@Transactional
	public Account register(Registration form) {
		String email = LoginAuthenticationProvider.emailKey(form.email());
		if (accounts.existsByEmail(email)) {
			throw new IdentityException("signup.email.taken");
		}
		PasswordPolicy.problem(form.password()).ifPresent(key -> {
			throw new IdentityException(key);
		});
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			if (purpose.required() && !form.consents().contains(purpose)) {
				throw new IdentityException("signup.consent.required");
			}
		}
		if (form.homeCenterId() != null && centers.findById(form.homeCenterId()).isEmpty()) {
			throw new IdentityException("signup.center.unknown");
		}
		LocalDate today = Seoul.today(clock);
		if (form.birthDate() == null) {
			throw new IdentityException("signup.birthDate.required");
		}
		if (form.birthDate().isAfter(today)) {
			throw new IdentityException("signup.birthDate.future");
		}
		Account account = new Account(email, encoder.encode(form.password()), form.displayName().trim(),
				form.birthDate(), form.homeCenterId(), clock.instant());
		if (needsGuardian(form.birthDate(), today)) {
			if (isBlank(form.guardianName()) || isBlank(form.guardianContact())) {
				throw new IdentityException("signup.guardian.required");
			}
			account.awaitGuardianConsent(form.guardianName().trim(), form.guardianContact().trim());
		}
		form.consents().forEach(p -> account.agree(p, clock.instant()));
		account.grant(Role.CITIZEN, null, null, clock.instant());
		Account saved = accounts.save(account);
		roles.recordInitialRole(saved.getId(), Role.CITIZEN);
		String key = saved.isActive() ? "mail.welcome" : "mail.welcome.pending";
		mail.queue(email, text(key + ".subject"), text(key + ".body", saved.getDisplayName(), baseUrl + "/login"));
		verifications.send(saved);
		return saved;
	}

	/** The person's own data, for My page (reading one's own data is not logged). */
	@Transactional(readOnly = true)
	public MemberDirectory.MemberDetail profileOf(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		centers.all().forEach(c -> names.put(c.id(), c.name()));
		return MemberDirectory.MemberDetail.of(account, names, Seoul.today(clock));
	}

	@Transactional
	public void changeProfile(long accountId, String displayName, String phone) {
		Account account = accounts.findById(accountId).orElseThrow();
		account.changeProfile(displayName.trim(), isBlank(phone) ? null : phone.trim());
	}

	@Transactional
	public void changePassword(long accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !encoder.matches(currentPassword, account.getPasswordHash())) {
			throw new IdentityException("password.current.wrong");
		}
		PasswordPolicy.problem(newPassword).ifPresent(key -> {
			throw new IdentityException(key);
		});
		account.changePassword(encoder.encode(newPassword));
		principals.endSessionsOf(accountId, currentSessionId());
	}

	private static String currentSessionId() {
		var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
		return attributes == null ? null : attributes.getSessionId();
	}

	@Transactional
	public void agree(long accountId, ConsentPurpose purpose) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.activeConsent(purpose).isEmpty()) {
			account.agree(purpose, clock.instant());
		}
	}

	@Transactional
	public void withdraw(long accountId, ConsentPurpose purpose) {
		if (purpose.required()) {
			throw new IdentityException("consent.withdraw.required");
		}
		accounts.findById(accountId).orElseThrow().withdraw(purpose, clock.instant());
	}

	/** Deletes the account at the person's request, after they confirm with their password. */
	@Transactional
	public void delete(long accountId, String password) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !encoder.matches(password, account.getPasswordHash())) {
			throw new IdentityException("password.current.wrong");
		}
		if (account.holds(Role.SYSTEM_ADMIN, null) && accounts.countActiveHolders(Role.SYSTEM_ADMIN) <= 1) {
			throw new IdentityException("my.delete.lastAdmin");
		}
		String formerEmail = account.getEmail();
		roles.recordRemovalOfAll(account, "account deleted");
		account.anonymize(clock.instant());
		mail.forgetRecipient(formerEmail, account.getEmail());
		login.forget(formerEmail);
		tokens.revokeAll(accountId);
		events.publishEvent(new AccountDeleted(accountId));
		principals.endSessionsOf(accountId);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
