package org.ieum.notifications.sending;

import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Sends the queued texts and 알림톡, center by center through the center's own provider account at
 * its rate. A center without settings, or whose secrets the server lacks, is skipped: its deliveries
 * wait. Each delivery is claimed before its request leaves, so it is sent by one run only.
 */
@Service
class TextSender {

	private static final Logger log = LoggerFactory.getLogger(TextSender.class);

	/** An LMS holds 2,000 bytes in EUC-KR; its title 40 characters. */
	private static final int LMS_BYTES = 2000;
	private static final Charset EUC_KR = Charset.forName("EUC-KR");

	private final SenderQueue queue;
	private final CenterProviders providers;
	private final ProviderHttp http;
	private final Clock clock;
	private final Duration interval;
	private final String baseUrl;

	TextSender(SenderQueue queue, CenterProviders providers, ProviderHttp http, Clock clock,
			@Value("${ieum.notifications.sender.interval:10s}") Duration interval,
			@Value("${ieum.base-url:http://localhost:8080}") String baseUrl) {
		this.queue = queue;
		this.providers = providers;
		this.http = http;
		this.clock = clock;
		this.interval = interval;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	// one node drains at a time, so a center's rate holds for the cluster (each delivery is also claimed)
	@SchedulerLock(name = "notifications-text-sender")
	@Scheduled(initialDelayString = "${ieum.notifications.sender.initial-delay:30s}",
			fixedDelayString = "${ieum.notifications.sender.interval:10s}")
	void scheduled() {
		drain();
	}

	/** One run: settles abandoned claims, then sends what is due, each center at most its rate. Returns the requests made. */
	int drain() {
		for (SenderQueue.Claimed claimed : queue.abandoned(clock.instant())) {
			Optional<CenterProviders.Ready> ready = providers.ready(claimed.centerId());
			Provider provider = ready.map(CenterProviders.Ready::provider).orElse(Provider.SOLAPI);
			boolean safe = ready.isPresent() && provider.repeatsSafely(claimed.channel());
			ProviderResult unknown = ProviderResult.unknown("CLAIM_EXPIRED");
			queue.settle(claimed, provider, unknown, AttemptRules.decide(unknown, claimed.attempts(),
					claimed.firstSentAt(), clock.instant(), safe, false), clock.instant());
		}
		int sent = 0;
		for (long center : queue.centersWithDue(clock.instant())) {
			Optional<CenterProviders.Ready> ready = providers.ready(center);
			if (ready.isEmpty()) {
				continue;
			}
			sent += drainCenter(center, ready.get());
		}
		return sent;
	}

	private int drainCenter(long center, CenterProviders.Ready ready) {
		int rate = ready.ratePerMinute();
		int budget = (int) Math.max(1, rate * interval.toMillis() / 60_000);
		long gapNanos = 60_000_000_000L / rate;
		Duration hold = http.timeout().multipliedBy(2).plusMinutes(1);
		TextProvider adapter = ready.provider().adapter(http, clock);
		int sent = 0;
		long next = System.nanoTime();
		for (long id : queue.due(center, clock.instant(), budget)) {
			Optional<SenderQueue.Claimed> claimed = queue.claim(id, clock.instant(), hold);
			if (claimed.isEmpty()) {
				continue;
			}
			long wait = next - System.nanoTime();
			if (wait > 0) {
				try {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			next = Math.max(next, System.nanoTime()) + gapNanos;
			if (send(claimed.get(), ready, adapter)) {
				sent++;
			}
		}
		return sent;
	}

	/** Sends one claimed delivery; false when it could not be sent as it stands (no request made). */
	private boolean send(SenderQueue.Claimed c, CenterProviders.Ready ready, TextProvider adapter) {
		ProviderResult result;
		boolean fallback = false;
		if ("SMS".equals(c.channel())) {
			result = adapter.sendText(ready.account(), textOf(c));
		}
		else {
			Optional<AlimtalkTemplate> template = providers.template(c.centerId(), c.kind());
			fallback = template.map(AlimtalkTemplate::isSmsFallback).orElse(false);
			if (template.isEmpty()) {
				queue.failWithoutSending(c, "NO_TEMPLATE", null, false, clock.instant());
				return false;
			}
			if (ready.account().kakaoSender() == null) {
				queue.failWithoutSending(c, "NO_KAKAO_SENDER", null, fallback, clock.instant());
				return false;
			}
			TemplateVariables.Filled filled = template.get().variables().fill(c.subject(), c.body(),
					c.link() == null ? null : baseUrl + c.link());
			if (filled.missing().isPresent()) {
				queue.failWithoutSending(c, "MISSING_VARIABLE", filled.missing().get(), false, clock.instant());
				return false;
			}
			result = adapter.sendAlimtalk(ready.account(), new TextProvider.AlimtalkMessage(c.key(), c.recipient(),
					template.get().getTemplateCode(), filled.values()));
		}
		AttemptRules.Decision decision = AttemptRules.decide(result, c.attempts(), c.firstSentAt(), clock.instant(),
				ready.provider().repeatsSafely(c.channel()), fallback && "ALIMTALK".equals(c.channel()));
		queue.settle(c, ready.provider(), result, decision, clock.instant());
		if (!"ACCEPTED".equals(decision.status())) {
			log.info("Delivery {} on {}: {} {}", c.id(), c.channel(), result.outcome(), result.code());
		}
		return true;
	}

	/** The text: subject and body, cut to what an LMS holds. */
	private static TextProvider.TextMessage textOf(SenderQueue.Claimed c) {
		return textOf(c.key(), c.recipient(), c.subject(), c.body());
	}

	static TextProvider.TextMessage textOf(String key, String to, String subjectLine, String body) {
		String subject = subjectLine.length() > 40 ? subjectLine.substring(0, 40) : subjectLine;
		String text = subjectLine + "\n" + (body == null ? "" : body);
		while (text.getBytes(EUC_KR).length > LMS_BYTES) {
			text = text.substring(0, text.length() - Math.max(1, (text.getBytes(EUC_KR).length - LMS_BYTES) / 2));
		}
		return new TextProvider.TextMessage(key, to, subject, text);
	}
}
