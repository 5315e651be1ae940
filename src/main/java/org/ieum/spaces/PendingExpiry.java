package org.ieum.spaces;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires undecided requests every few minutes. On several nodes two runs may meet on one
 * row: the reservation's version lets one win, the other gives up until its next run.
 */
@Component
class PendingExpiry {

	private static final Logger log = LoggerFactory.getLogger(PendingExpiry.class);

	private final Reservations bookings;

	PendingExpiry(Reservations bookings) {
		this.bookings = bookings;
	}

	@SchedulerLock(name = "spaces-pending-expiry")
	@Scheduled(initialDelayString = "${ieum.spaces.expiry-initial-delay:1m}",
			fixedDelayString = "${ieum.spaces.expiry-interval:5m}")
	void run() {
		try {
			int expired = bookings.expireUndecided();
			if (expired > 0) {
				log.info("Expired {} undecided space reservations", expired);
			}
		}
		catch (OptimisticLockingFailureException ex) {
			log.info("Another node expired the same reservations; trying again on the next run");
		}
	}
}
