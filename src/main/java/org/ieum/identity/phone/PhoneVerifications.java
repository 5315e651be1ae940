package org.ieum.identity.phone;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.ieum.identity.AccountDeleted;
import org.ieum.identity.accounts.Account;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member proves they hold a mobile number: a six-digit code goes to the number as a text
 * (through the {@link Notifier}, addressed to the number, so it reaches neither the member's mail nor
 * their in-app list), and typing it makes the number the account's verified one. Sending is limited
 * (one code a minute, five a day per account and per number) so nobody floods a number; the account
 * row is locked while a code is sent or tried, so two requests at once cannot pass a limit together.
 */
@Service
public class PhoneVerifications {

	static final Duration RESEND_AFTER = Duration.ofMinutes(1);

	static final int PER_DAY = 5;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;
	private final PhoneCodeRepository codes;
	private final Notifier notifier;
	private final MessageSource messages;
	private final Clock clock;

	PhoneVerifications(AccountRepository accounts, PhoneCodeRepository codes, Notifier notifier, MessageSource messages,
			Clock clock) {
		this.accounts = accounts;
		this.codes = codes;
		this.notifier = notifier;
		this.messages = messages;
		this.clock = clock;
	}

	/** Sends a new code to the typed number and answers the number as it was understood. */
	@Transactional
	public String sendCode(long accountId, String typedPhone) {
		String phone = PhoneNumbers.mobile(typedPhone).orElseThrow(() -> new Refusal("phone.invalid"));
		Account account = accounts.lockById(accountId).orElseThrow();
		if (account.isPhoneVerified() && phone.equals(account.getPhone())) {
			throw new Refusal("phone.alreadyVerified");
		}
		Instant now = clock.instant();
		boolean tooSoon = codes.findFirstByAccountIdOrderBySentAtDescIdDesc(accountId)
			.filter(last -> last.getSentAt().plus(RESEND_AFTER).isAfter(now))
			.isPresent();
		if (tooSoon) {
			throw new Refusal("phone.code.tooSoon");
		}
		Instant dayAgo = now.minus(Duration.ofDays(1));
		if (codes.countByAccountIdAndSentAtAfter(accountId, dayAgo) >= PER_DAY
				|| codes.countByPhoneAndSentAtAfter(phone, dayAgo) >= PER_DAY) {
			throw new Refusal("phone.code.dailyLimit", PER_DAY);
		}
		String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
		codes.save(new PhoneCode(accountId, phone, code, now));
		notifier.send(Notification.toPhone(phone, NotificationKind.PHONE_VERIFICATION_CODE, account.getHomeCenterId(),
				accountId, text("phone.sms.subject"),
				text("phone.sms.body", code, PhoneCode.VALID_FOR.toMinutes())));
		return phone;
	}

	/**
	 * Checks the typed code against the account's newest one. A wrong try is counted even though
	 * the answer is a refusal, so the transaction keeps it.
	 */
	@Transactional(noRollbackFor = Refusal.class)
	public void confirm(long accountId, String typedCode) {
		String typed = typedCode == null ? "" : typedCode.strip();
		if (!typed.matches("[0-9]{6}")) {
			throw new Refusal("phone.code.format");
		}
		Account account = accounts.lockById(accountId).orElseThrow();
		PhoneCode code = codes.findFirstByAccountIdOrderBySentAtDescIdDesc(accountId)
			.orElseThrow(() -> new Refusal("phone.code.none"));
		Instant now = clock.instant();
		switch (code.attempt(typed, now)) {
			case CONFIRMED -> account.verifyPhone(code.getPhone(), now);
			case WRONG -> throw code.attemptsLeft() > 0 ? new Refusal("phone.code.wrong", code.attemptsLeft())
					: new Refusal("phone.code.tooManyAttempts", PhoneCode.MAX_ATTEMPTS);
			case EXPIRED -> throw new Refusal("phone.code.expired", PhoneCode.VALID_FOR.toMinutes());
			case TOO_MANY_ATTEMPTS -> throw new Refusal("phone.code.tooManyAttempts", PhoneCode.MAX_ATTEMPTS);
			case ALREADY_USED -> throw new Refusal("phone.code.used");
		}
	}

	/** Whether the account has a code waiting to be typed (for My page's form). */
	@Transactional(readOnly = true)
	public boolean codeWaiting(long accountId) {
		Instant now = clock.instant();
		return codes.findFirstByAccountIdOrderBySentAtDescIdDesc(accountId)
			.filter(c -> c.getExpiresAt().isAfter(now) && c.attemptsLeft() > 0 && !c.isConfirmed())
			.isPresent();
	}

	@EventListener
	void on(AccountDeleted event) {
		codes.deleteOfAccount(event.accountId());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
