package org.ieum.identity.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.ieum.centers.CentersApi;
import org.ieum.identity.AccountDeleted;
import org.ieum.identity.Role;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipals;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.ConsentPurpose;
import org.ieum.identity.accounts.PasswordPolicy;
import org.ieum.identity.accounts.RoleAssignments;
import org.ieum.identity.login.LoginAuthenticationProvider;
import org.ieum.identity.members.MemberDirectory;
import org.ieum.identity.tokens.ApiTokens;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;

/** Sign-up, the person's own profile and consents, password change and account deletion. */
@Service
public class Accounts {

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
	private final MailThrottle throttle;
	private final Clock clock;
	private final String baseUrl;

	Accounts(AccountRepository accounts, PasswordEncoder encoder, CentersApi centers, MailOutbox mail,
			MessageSource messages, ApplicationEventPublisher events, AccountPrincipals principals,
			RoleAssignments roles, ApiTokens tokens, EmailVerifications verifications, LoginAuthenticationProvider login,
			MailThrottle throttle, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.throttle = throttle;
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

	/** The earliest birth date sign-up accepts: anything before is a typing slip (the year 501). */
	static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

	/** What the person who signed up is told: the same for a new and an already registered address. */
	enum SignupOutcome {
		CHECK_MAIL, GUARDIAN_PENDING
	}

	/**
	 * Creates the account and queues its welcome and confirmation mails. An address that is
	 * already registered gets no second account: its owner is told by mail that someone tried,
	 * with the way to reset the password, and the person signing up sees exactly what a new
	 * address would show. Mails beyond {@link MailThrottle}'s limits are not sent.
	 */
	@Transactional
	public SignupOutcome register(Registration form) {
		String email = LoginAuthenticationProvider.emailKey(form.email());
		PasswordPolicy.problem(form.password()).ifPresent(key -> {
			throw new Refusal(key);
		});
		for (ConsentPurpose purpose : ConsentPurpose.values()) {
			if (purpose.required() && !form.consents().contains(purpose)) {
				throw new Refusal("signup.consent.required");
			}
		}
		if (form.homeCenterId() != null && centers.findById(form.homeCenterId()).isEmpty()) {
			throw new Refusal("signup.center.unknown");
		}
		LocalDate today = Seoul.today(clock);
		checkBirthDate(form.birthDate(), today);
		boolean guardian = Account.needsGuardian(form.birthDate(), today);
		if (guardian && (isBlank(form.guardianName()) || isBlank(form.guardianContact()))) {
			throw new Refusal("signup.guardian.required");
		}
		SignupOutcome outcome = guardian ? SignupOutcome.GUARDIAN_PENDING : SignupOutcome.CHECK_MAIL;
		// hashed for a taken address too, so the answer takes as long either way
		String hash = encoder.encode(form.password());
		var existing = accounts.findByEmail(email);
		if (existing.isPresent()) {
			if (throttle.allow(MailThrottle.Kind.ALREADY_REGISTERED, email)) {
				mail.queue(email, text("mail.signup.existing.subject"), text("mail.signup.existing.body",
						existing.get().getDisplayName(), baseUrl + "/password-reset", baseUrl + "/login"));
			}
			return outcome;
		}
		Account account = new Account(email, hash, form.displayName().trim(), form.birthDate(), form.homeCenterId(),
				clock.instant());
		if (guardian) {
			account.awaitGuardianConsent(form.guardianName().trim(), form.guardianContact().trim());
		}
		form.consents().forEach(p -> account.agree(p, clock.instant()));
		account.grant(Role.CITIZEN, null, null, clock.instant());
		Account saved = accounts.save(account);
		roles.recordInitialRole(saved.getId(), Role.CITIZEN);
		if (throttle.allow(MailThrottle.Kind.SIGNUP, email)) {
			String key = saved.isActive() ? "mail.welcome" : "mail.welcome.pending";
			mail.queue(email, text(key + ".subject"), text(key + ".body", saved.getDisplayName(), baseUrl + "/login"));
			verifications.send(saved);
		}
		return outcome;
	}

	/** A birth date someone can have: given, not in the future, not before 1900. */
	static void checkBirthDate(LocalDate birthDate, LocalDate today) {
		if (birthDate == null) {
			throw new Refusal("signup.birthDate.required");
		}
		if (birthDate.isAfter(today)) {
			throw new Refusal("signup.birthDate.future");
		}
		if (birthDate.isBefore(EARLIEST_BIRTH_DATE)) {
			throw new Refusal("signup.birthDate.tooEarly");
		}
	}

	/** The person's own data, for My page (reading one's own data is not logged). */
	@Transactional(readOnly = true)
	public MemberDirectory.MemberDetail profileOf(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		Map<Long, String> names = new HashMap<>();
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
			throw new Refusal("password.current.wrong");
		}
		PasswordPolicy.problem(newPassword).ifPresent(key -> {
			throw new Refusal(key);
		});
		account.changePassword(encoder.encode(newPassword));
		principals.endSessionsOf(accountId, currentSessionId());
	}

	private static String currentSessionId() {
		var attributes = RequestContextHolder.getRequestAttributes();
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
			throw new Refusal("consent.withdraw.required");
		}
		accounts.findById(accountId).orElseThrow().withdraw(purpose, clock.instant());
	}

	/** Deletes the account at the person's request, after they confirm with their password. */
	@Transactional
	public void delete(long accountId, String password) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.getPasswordHash() == null || !encoder.matches(password, account.getPasswordHash())) {
			throw new Refusal("password.current.wrong");
		}
		if (account.holds(Role.SYSTEM_ADMIN, null) && accounts.countActiveHolders(Role.SYSTEM_ADMIN) <= 1) {
			throw new Refusal("my.delete.lastAdmin");
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
