package org.ieum.notifications.sending;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Asks the providers what became of the texts and 알림톡 they took: delivered to the handset or failed
 * with their code. A result still on its way is asked again after 1, 2, 5, 10 and 30 minutes, then 1,
 * 3, 12 and 24 hours; after that the delivery stays 접수 with the note that no report came. A 알림톡
 * reported failed is sent as a text when its kind's template allows it, once.
 */
@Service
class DeliveryResults {

	private static final Logger log = LoggerFactory.getLogger(DeliveryResults.class);

	static final List<Duration> CHECKS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5),
			Duration.ofMinutes(10), Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(12),
			Duration.ofHours(24));

	/** Look-ups per center and run: a burst's results are read over a few runs, not in one. */
	static final int PER_RUN = 300;

	private final SenderQueue queue;
	private final CenterProviders providers;
	private final ProviderHttp http;
	private final Clock clock;

	DeliveryResults(SenderQueue queue, CenterProviders providers, ProviderHttp http, Clock clock) {
		this.queue = queue;
		this.providers = providers;
		this.http = http;
		this.clock = clock;
	}

	// one node asks at a time; each result is also written only from 접수, so a repeated report changes nothing
	@SchedulerLock(name = "notifications-delivery-results")
	@Scheduled(initialDelayString = "${ieum.notifications.results.initial-delay:45s}",
			fixedDelayString = "${ieum.notifications.results.interval:60s}")
	void scheduled() {
		check();
	}

	/** One run; returns the look-ups made. */
	int check() {
		int asked = 0;
		for (long center : queue.centersWithReportsDue(clock.instant())) {
			Optional<CenterProviders.Ready> ready = providers.ready(center);
			if (ready.isEmpty()) {
				continue;
			}
			TextProvider adapter = ready.get().provider().adapter(http, clock);
			for (SenderQueue.Accepted accepted : queue.reportsDue(center, clock.instant(), PER_RUN)) {
				boolean isLong = "SMS".equals(accepted.channel())
						&& TextSender.textOf("", "", accepted.subject(), accepted.body()).isLong();
				DeliveryReport report = adapter.lookUp(ready.get().account(),
						new TextProvider.SentMessage(accepted.channel(), accepted.messageId(), isLong));
				boolean fallback = "ALIMTALK".equals(accepted.channel()) && providers.template(center, accepted.kind())
					.map(AlimtalkTemplate::isSmsFallback)
					.orElse(false);
				Instant now = clock.instant();
				Instant next = accepted.checks() < CHECKS.size() ? now.plus(CHECKS.get(accepted.checks())) : null;
				queue.report(accepted, report, fallback, next, now);
				if (report.state() == DeliveryReport.State.UNREADABLE) {
					log.info("Delivery {} result look-up failed: {}", accepted.id(), report.code());
				}
				asked++;
			}
		}
		return asked;
	}
}
