package org.ieum.content.newsletter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.board.Board;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.web.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Subscribing to a center's newsletter with double opt-in, confirming, and unsubscribing. Every
 * request to subscribe gets the same answer whether the address was new, pending or already
 * confirmed, so the form tells nobody who subscribes.
 */
@Service
@Transactional
class Subscriptions {

	/** The version of the consent text (content.newsletter.consent in messages.properties). */
	static final String CONSENT_VERSION = "2026-12";

	/** How long the hash of an expired link is kept so the link still says "expired". */
	static final Duration EXPIRED_LINK_MEMORY = Duration.ofDays(90);

	private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\",;]{1,64}@[^\\s@<>\",;]+\\.[^\\s@<>\",;]+");
	private static final SecureRandom RANDOM = new SecureRandom();

	enum Outcome {
		/** The link is good and waits for the visitor's button: opening it confirms nothing. */
		PENDING, CONFIRMED, ALREADY_CONFIRMED, EXPIRED
	}

	/** What a confirmation link did, and the portal whose form to go back to. */
	record Confirmation(Outcome outcome, String centerSlug, String centerName) {
	}

	/** What the unsubscribe page shows: whose newsletter, and the address half hidden. */
	record Unsubscription(String token, String centerName, String maskedEmail) {
	}

	private final SubscriberRepository subscribers;
	private final ExpiredLinkRepository expiredLinks;
	private final CentersApi centers;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final Clock clock;
	private final String baseUrl;

	Subscriptions(SubscriberRepository subscribers, ExpiredLinkRepository expiredLinks, CentersApi centers,
			MailOutbox outbox, MessageSource messages, Clock clock, @Value("${ieum.base-url}") String baseUrl) {
		this.subscribers = subscribers;
		this.expiredLinks = expiredLinks;
		this.centers = centers;
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The portal a newsletter belongs to: a center by its address, or the network (null). */
	@Transactional(readOnly = true)
	Optional<CenterSummary> portal(String centerSlug) {
		if (centerSlug == null) {
			return Optional.empty();
		}
		return Optional.of(centers.findBySlug(centerSlug)
			.orElseThrow(() -> Refusal.notFound("content.error.noNewsletter")));
	}

	/**
	 * Asks for a subscription. A new or pending address gets a confirmation mail (at most one
	 * every ten minutes); a confirmed one gets nothing. The caller answers the same in every case.
	 */
	void subscribe(String centerSlug, String email, boolean consent) {
		long centerId = portal(centerSlug).map(CenterSummary::id).orElse(Board.NETWORK);
		String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
		if (address.isEmpty()) {
			throw new Refusal("content.newsletter.error.emailRequired");
		}
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new Refusal("content.newsletter.error.emailInvalid");
		}
		if (!consent) {
			throw new Refusal("content.newsletter.error.consentRequired");
		}
		Instant now = clock.instant();
		Optional<Subscriber> existing = subscribers.findByCenterIdAndEmail(centerId, address);
		if (existing.isPresent()) {
			Subscriber subscriber = existing.get();
			if (subscriber.mayResendAt(now)) {
				String secret = secret();
				subscriber.reissue(sha256(secret), CONSENT_VERSION, now);
				mailConfirmation(subscriber, secret, centerSlug);
			}
			return;
		}
		String secret = secret();
		Subscriber subscriber = subscribers.save(new Subscriber(centerId, address, sha256(secret), secret(),
				CONSENT_VERSION, now));
		mailConfirmation(subscriber, secret, centerSlug);
	}

	private void mailConfirmation(Subscriber subscriber, String secret, String centerSlug) {
		String name = centerName(subscriber.getCenterId());
		outbox.queueSecret(subscriber.getEmail(), text("content.newsletter.mail.confirmSubject", name),
				text("content.newsletter.mail.confirmBody", name, baseUrl + "/newsletter/confirm/" + secret,
						Subscriber.LINK_VALIDITY.toDays()));
	}

	/**
	 * Where a confirmation link stands, changing nothing (mail scanners open links): {@code PENDING}
	 * when the visitor's button would confirm it; an unknown link is a 404.
	 */
	@Transactional(readOnly = true)
	Confirmation confirmation(String secret) {
		return follow(secret, false);
	}

	/** Confirms the subscription of a link (the visitor's button); an unknown link is a 404. */
	Confirmation confirm(String secret) {
		return follow(secret, true);
	}

	private Confirmation follow(String secret, boolean confirm) {
		String hash = sha256(secret == null ? "" : secret);
		Instant now = clock.instant();
		Optional<Subscriber> found = subscribers.findByConfirmHash(hash);
		if (found.isEmpty()) {
			ExpiredLink expired = expiredLinks.findById(hash)
				.orElseThrow(() -> Refusal.notFound("content.error.noNewsletterLink"));
			return confirmation(Outcome.EXPIRED, expired.getCenterId());
		}
		Subscriber subscriber = found.get();
		if (subscriber.isConfirmed()) {
			return confirmation(Outcome.ALREADY_CONFIRMED, subscriber.getCenterId());
		}
		if (subscriber.linkExpiredAt(now)) {
			return confirmation(Outcome.EXPIRED, subscriber.getCenterId());
		}
		if (!confirm) {
			return confirmation(Outcome.PENDING, subscriber.getCenterId());
		}
		subscriber.confirm(now);
		return confirmation(Outcome.CONFIRMED, subscriber.getCenterId());
	}

	private Confirmation confirmation(Outcome outcome, long centerId) {
		Optional<CenterSummary> center = centerId == Board.NETWORK ? Optional.empty() : centers.findById(centerId);
		return new Confirmation(outcome, center.map(CenterSummary::slug).orElse(null),
				center.map(CenterSummary::name).orElse(null));
	}

	/** The unsubscribe page of a link from an issue; opening it changes nothing. */
	@Transactional(readOnly = true)
	Unsubscription unsubscription(String token) {
		Subscriber subscriber = subscribers.findByUnsubscribeToken(token == null ? "" : token)
			.orElseThrow(() -> Refusal.notFound("content.error.noNewsletterSubscription"));
		return new Unsubscription(token, centerName(subscriber.getCenterId()), masked(subscriber.getEmail()));
	}

	/** Removes this one subscription (the address is deleted, nothing of it is kept). */
	void unsubscribe(String token) {
		Subscriber subscriber = subscribers.findByUnsubscribeToken(token == null ? "" : token)
			.orElseThrow(() -> Refusal.notFound("content.error.noNewsletterSubscription"));
		subscribers.delete(subscriber);
	}

	/** Pending subscriptions whose link has expired are deleted; only their link's hash stays a while. */
	@SchedulerLock(name = "content-newsletter-cleanup")
	@Scheduled(initialDelayString = "${ieum.newsletter.cleanup-initial-delay:3m}",
			fixedDelayString = "${ieum.newsletter.cleanup-interval:1h}")
	public void forgetExpired() {
		Instant now = clock.instant();
		for (Subscriber pending : subscribers.expiredBefore(now.minus(Subscriber.LINK_VALIDITY))) {
			if (!expiredLinks.existsById(pending.getConfirmHash())) {
				expiredLinks.save(new ExpiredLink(pending.getConfirmHash(), pending.getCenterId(), now));
			}
			subscribers.delete(pending);
		}
		expiredLinks.deleteOlderThan(now.minus(EXPIRED_LINK_MEMORY));
	}

	String centerName(long centerId) {
		return centerId == Board.NETWORK ? text("site.name")
				: centers.findById(centerId).map(CenterSummary::name).orElse(text("site.name"));
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, Locale.KOREAN);
	}

	static String masked(String email) {
		int at = email.indexOf('@');
		return at <= 1 ? "*" + email.substring(Math.max(at, 0)) : email.charAt(0) + "***" + email.substring(at);
	}

	static String secret() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
