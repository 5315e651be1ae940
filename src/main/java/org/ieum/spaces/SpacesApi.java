package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (statistics first) may ask the spaces module. Public figures only. */
@Service
@Transactional(readOnly = true)
public class SpacesApi {

	private final SpaceRepository spaces;
	private final ReservationRepository reservations;
	private final CentersApi centers;

	SpacesApi(SpaceRepository spaces, ReservationRepository reservations, CentersApi centers) {
		this.spaces = spaces;
		this.reservations = reservations;
		this.centers = centers;
	}

	/** Every space of a center, active or not, by name. */
	public List<SpaceSummary> spacesOf(long centerId) {
		return spaces.findByCenterIdOrderByName(centerId).stream().map(Space::summary).toList();
	}

	/** Usage of each space of a center in a month, by space name. */
	public List<SpaceUsage> usageOf(long centerId, YearMonth month) {
		return spaces.findByCenterIdOrderByName(centerId).stream().map(s -> usage(s, month)).toList();
	}

	public SpaceUsage usage(long spaceId, YearMonth month) {
		return usage(spaces.findById(spaceId).orElseThrow(), month);
	}

	private SpaceUsage usage(Space space, YearMonth month) {
		Instant from = month.atDay(1).atStartOfDay(Seoul.ZONE).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(Seoul.ZONE).toInstant();
		long booked = 0;
		// a no-show still kept the room from everyone else, so it counts as booked time
		for (Reservation r : reservations.findInPeriod(Set.of(space.getId()),
				Set.of(ReservationStatus.CONFIRMED, ReservationStatus.NO_SHOW), from, to)) {
			Instant start = r.getStartsAt().isBefore(from) ? from : r.getStartsAt();
			Instant end = r.getEndsAt().isAfter(to) ? to : r.getEndsAt();
			booked += Duration.between(start, end).toMinutes();
		}
		long open = 0;
		for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
			OpeningHoursOnDate hours = centers.hoursOn(space.getSiteId(), d);
			if (hours.open()) {
				open += Duration.between(hours.opens(), hours.closes()).toMinutes();
			}
		}
		double rate = open == 0 ? 0 : (double) booked / open;
		return new SpaceUsage(space.getId(), space.getName(), month, booked, open, rate);
	}
}
