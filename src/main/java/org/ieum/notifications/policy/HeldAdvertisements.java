package org.ieum.notifications.policy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.ieum.shared.Notifier;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * At their due time (08:00 Seoul) the advertising notifications held over the quiet hours are handed
 * to the notification service again, which checks the consent anew: one withdrawn overnight stops them.
 */
@Service
public class HeldAdvertisements {

	private static final int BATCH = 200;

	private final HeldAdvertisementRepository held;
	private final Notifier notifier;
	private final TransactionTemplate eachRow;
	private final Clock clock;

	HeldAdvertisements(HeldAdvertisementRepository held, Notifier notifier, PlatformTransactionManager transactions,
			Clock clock) {
		this.held = held;
		this.notifier = notifier;
		this.eachRow = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	@SchedulerLock(name = "notifications-held-advertising")
	@Scheduled(initialDelayString = "${ieum.advertising.release-initial-delay:1m}",
			fixedDelayString = "${ieum.advertising.release-interval:1m}")
	public void releaseDue() {
		release(clock.instant());
	}

	/**
	 * Hands over those due at {@code now}, each in its own transaction. A row is taken by deleting it,
	 * so two runs (or two servers) never hand the same one over twice. Answers how many were handed over.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int release(Instant now) {
		List<Long> due = held.dueIds(now, PageRequest.of(0, BATCH));
		int handed = 0;
		for (Long id : due) {
			Boolean done = eachRow.execute(status -> {
				HeldAdvertisement row = held.findById(id).orElse(null);
				if (row == null || held.take(id) != 1) {
					return false;
				}
				notifier.send(row.notification());
				return true;
			});
			handed += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return handed;
	}

	/** How many are waiting (for the staff page and tests). */
	@Transactional(readOnly = true)
	public long waiting() {
		return held.count();
	}
}
