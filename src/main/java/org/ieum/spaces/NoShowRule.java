package org.ieum.spaces;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * A person who did not come {@code noShowLimit} times within {@code noShowWindow} may not
 * book again until {@code noShowBan} after the last of those no-shows. A no-show counts
 * from the start of the booking it spoiled.
 */
@Component
class NoShowRule {

	private final ReservationRepository reservations;
	private final SpacesProperties properties;

	NoShowRule(ReservationRepository reservations, SpacesProperties properties) {
		this.reservations = reservations;
		this.properties = properties;
	}

	Optional<Instant> bannedUntil(long accountId, Instant now) {
		Instant since = now.minus(properties.noShowWindow()).minus(properties.noShowBan());
		List<Instant> times = reservations
			.findByAccountIdAndStatusAndStartsAtAfter(accountId, ReservationStatus.NO_SHOW, since)
			.stream()
			.map(Reservation::getStartsAt)
			.sorted()
			.toList();
		return bannedUntil(times, now);
	}

	Optional<Instant> bannedUntil(List<Instant> sortedNoShows, Instant now) {
		int limit = properties.noShowLimit();
		Instant until = null;
		for (int i = limit - 1; i < sortedNoShows.size(); i++) {
			Instant last = sortedNoShows.get(i);
			Instant first = sortedNoShows.get(i - limit + 1);
			if (!first.plus(properties.noShowWindow()).isBefore(last)) {
				Instant end = last.plus(properties.noShowBan());
				if (end.isAfter(now) && (until == null || end.isAfter(until))) {
					until = end;
				}
			}
		}
		return Optional.ofNullable(until);
	}
}
