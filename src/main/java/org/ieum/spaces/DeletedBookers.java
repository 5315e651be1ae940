package org.ieum.spaces;

import java.time.Clock;
import java.time.Instant;

import org.ieum.identity.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account's future bookings are withdrawn (their time is freed) and every
 * reservation forgets the booker's name and address; usage figures keep the hours.
 * Their calendar subscription address stops working. Running it twice changes nothing more.
 */
@Component
class DeletedBookers {

	private final ReservationRepository reservations;
	private final OccupiedCells cells;
	private final FeedTokens feeds;
	private final Clock clock;

	DeletedBookers(ReservationRepository reservations, OccupiedCells cells, FeedTokens feeds, Clock clock) {
		this.reservations = reservations;
		this.cells = cells;
		this.feeds = feeds;
		this.clock = clock;
	}

	@EventListener
	void on(AccountDeleted event) {
		Instant now = clock.instant();
		for (Reservation r : reservations.findByAccountId(event.accountId())) {
			if (r.getStatus().holdsTime() && r.getStartsAt().isAfter(now)) {
				r.cancel(r.getStartsAt(), now);
				cells.release(r);
			}
			r.forgetBooker();
		}
		feeds.forget(event.accountId());
	}
}
