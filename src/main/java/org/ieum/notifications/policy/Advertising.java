package org.ieum.notifications.policy;

import org.ieum.shared.AdvertisingRules;
import java.time.Instant;
import java.util.Locale;

import org.ieum.identity.AccountDeleted;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Notification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notification service does with an advertising notification ({@link AdvertisingRules}): without
 * the recipient's current marketing consent (identity's consent records) it is not sent, and the reason is
 * recorded; during the quiet hours it is held with its due time (08:00) and handed over again then, the
 * consent checked anew; otherwise it goes with "(광고)" in front and how to refuse at the end.
 */
@Service
public class Advertising {

	/** The delivery code recorded when a message is not sent for want of consent. */
	public static final String NO_CONSENT = "NO_MARKETING_CONSENT";

	private final AdvertisingRules rules;
	private final IdentityApi identity;
	private final HeldAdvertisementRepository held;
	private final MessageSource messages;
	private final String baseUrl;

	Advertising(AdvertisingRules rules, IdentityApi identity, HeldAdvertisementRepository held, MessageSource messages,
			@Value("${ieum.base-url}") String baseUrl) {
		this.rules = rules;
		this.identity = identity;
		this.held = held;
		this.messages = messages;
		this.baseUrl = baseUrl;
	}

	/** What happens to one advertising notification. */
	public sealed interface Decision {
	}

	/** It goes now, worded as the law asks. */
	public record Go(Notification notification) implements Decision {
	}

	/** It waits until {@code dueAt}. */
	public record Held(Instant dueAt) implements Decision {
	}

	/** It is not sent; {@code code} says why. */
	public record Refused(String code) implements Decision {
	}

	/** Decides in the caller's transaction; a held notification is stored in it. */
	@Transactional(propagation = Propagation.MANDATORY)
	public Decision decide(Notification notification, Long accountId, Instant now) {
		if (accountId == null || !identity.hasMarketingConsent(accountId)) {
			return new Refused(NO_CONSENT);
		}
		Instant due = rules.dueAt(now);
		if (due.isAfter(now)) {
			held.save(new HeldAdvertisement(notification, accountId, due, now));
			return new Held(due);
		}
		String refuse = messages.getMessage("notifications.advertising.refuse",
				new Object[] { baseUrl + "/my/account#consents" }, Locale.KOREAN);
		return new Go(new Notification(notification.kind(), notification.centerId(), accountId, notification.email(),
				AdvertisingRules.subject(notification.subject()), AdvertisingRules.body(notification.body(), refuse),
				notification.link()));
	}

	@EventListener
	void on(AccountDeleted event) {
		held.deleteOfAccount(event.accountId());
	}
}
