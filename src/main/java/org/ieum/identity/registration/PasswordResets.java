package org.ieum.identity.registration;

import java.time.Clock;

import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountPrincipals;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.PasswordPolicy;
import org.ieum.identity.login.LoginAuthenticationProvider;
import org.ieum.identity.tokens.ApiTokens;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password reset by an e-mailed link that works once, for 30 minutes. */
@Service
class PasswordResets {

	private final SingleUseLinks links;
	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final MailOutbox mail;
	private final MessageSource messages;
	private final LoginAuthenticationProvider login;
	private final AccountPrincipals principals;
	private final ApiTokens tokens;
	private final MailThrottle throttle;
	private final Clock clock;
	private final String baseUrl;

	PasswordResets(SingleUseLinks links, AccountRepository accounts, PasswordEncoder encoder,
			MailOutbox mail, MessageSource messages, LoginAuthenticationProvider login, AccountPrincipals principals,
			ApiTokens tokens, MailThrottle throttle, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.throttle = throttle;
		this.tokens = tokens;
		this.links = links;
		this.accounts = accounts;
		this.encoder = encoder;
		this.mail = mail;
		this.messages = messages;
		this.login = login;
		this.principals = principals;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Sends a link when the address belongs to an active account; says nothing either way. Each
	 * request counts against {@link MailThrottle}'s limits, registered address or not, and over
	 * them no mail goes out.
	 */
	@Transactional
	public void request(String email) {
		String key = LoginAuthenticationProvider.emailKey(email);
		if (!throttle.allow(MailThrottle.Kind.PASSWORD_RESET, key)) {
			return;
		}
		accounts.findByEmail(key).filter(Account::isActive).ifPresent(account -> {
			String secret = links.issue(account.getId(), SingleUseLink.Purpose.PASSWORD_RESET);
			String link = baseUrl + "/password-reset/" + secret;
			mail.queueSecret(account.getEmail(),
					messages.getMessage("mail.reset.subject", null, LocaleContextHolder.getLocale()),
					messages.getMessage("mail.reset.body", new Object[] { account.getDisplayName(), link },
							LocaleContextHolder.getLocale()));
		});
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String secret) {
		return links.usable(secret, SingleUseLink.Purpose.PASSWORD_RESET).isPresent();
	}

	@Transactional
	public void reset(String secret, String newPassword) {
		SingleUseLink reset = links.usable(secret, SingleUseLink.Purpose.PASSWORD_RESET)
			.orElseThrow(() -> new Refusal("reset.invalid"));
		PasswordPolicy.problem(newPassword).ifPresent(key -> {
			throw new Refusal(key);
		});
		Account account = accounts.findById(reset.getAccountId()).filter(Account::isActive)
			.orElseThrow(() -> new Refusal("reset.invalid"));
		account.changePassword(encoder.encode(newPassword));
		// following the link proved the mailbox is theirs; a reset after a compromise also cuts off old tokens
		account.verifyEmail(clock.instant());
		tokens.revokeAll(account.getId());
		links.useAll(account.getId(), SingleUseLink.Purpose.PASSWORD_RESET);
		login.forget(account.getEmail());
		principals.endSessionsOf(account.getId());
	}
}
