package org.ieum.identity.registration;

import java.time.Clock;

import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.identity.accounts.AccountStatus;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Confirms that an address belongs to the person who signed up with it (links valid for 3 days). */
@Service
public class EmailVerifications {

	private final SingleUseLinks links;
	private final AccountRepository accounts;
	private final MailOutbox mail;
	private final MessageSource messages;
	private final MailThrottle throttle;
	private final Clock clock;
	private final String baseUrl;

	EmailVerifications(SingleUseLinks links, AccountRepository accounts, MailOutbox mail,
			MessageSource messages, MailThrottle throttle, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.throttle = throttle;
		this.links = links;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Queues a verification link in the caller's transaction. */
	void send(Account account) {
		String secret = links.issue(account.getId(), SingleUseLink.Purpose.EMAIL_VERIFICATION);
		mail.queueSecret(account.getEmail(), text("mail.verify.subject"),
				text("mail.verify.body", account.getDisplayName(), baseUrl + "/verify-email/" + secret));
	}

	@Transactional
	public void resend(long accountId) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (account.isEmailVerified()) {
			throw new Refusal("verify.already");
		}
		if (!throttle.allow(MailThrottle.Kind.VERIFICATION_RESEND, account.getEmail())) {
			throw new Refusal("mail.throttled");
		}
		send(account);
	}

	@Transactional
	public void verify(String secret) {
		SingleUseLink verification = links.usable(secret, SingleUseLink.Purpose.EMAIL_VERIFICATION)
			.orElseThrow(() -> new Refusal("verify.invalid"));
		verification.use(clock.instant());
		accounts.findById(verification.getAccountId())
			.filter(a -> a.getStatus() != AccountStatus.DELETED)
			.orElseThrow(() -> new Refusal("verify.invalid"))
			.verifyEmail(clock.instant());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
