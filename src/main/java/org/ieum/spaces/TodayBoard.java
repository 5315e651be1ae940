package org.ieum.spaces;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.shared.Seoul;
import org.ieum.spaces.SpaceViews.ReservationView;
import org.ieum.spaces.SpaceViews.SpaceView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations of a center's spaces over some days: the public "today at the center"
 * board (spaces and times only: the purpose is the booker's free text and may name them, as the
 * public iCal feed also leaves it out) and the staff calendar (everything).
 */
@Service
@Transactional(readOnly = true)
class TodayBoard {

	record SpaceDay(SpaceView space, List<ReservationView> reservations) {
	}

	private final SpaceCatalog catalog;
	private final ReservationRepository reservations;
	private final Clock clock;

	TodayBoard(SpaceCatalog catalog, ReservationRepository reservations, Clock clock) {
		this.catalog = catalog;
		this.reservations = reservations;
		this.clock = clock;
	}

	List<SpaceDay> of(long centerId, LocalDate date) {
		return board(catalog.offeredBy(centerId), date, date, Set.of(ReservationStatus.CONFIRMED), false);
	}

	/** Staff only: pending, confirmed and no-show reservations from {@code from} to {@code to} inclusive. */
	List<SpaceDay> forStaff(long centerId, LocalDate from, LocalDate to) {
		return board(catalog.allOf(centerId), from, to,
				Set.of(ReservationStatus.PENDING, ReservationStatus.CONFIRMED, ReservationStatus.NO_SHOW), true);
	}

	private List<SpaceDay> board(List<SpaceView> spaces, LocalDate from, LocalDate to,
			Set<ReservationStatus> statuses, boolean staff) {
		if (spaces.isEmpty()) {
			return List.of();
		}
		Instant start = from.atStartOfDay(Seoul.ZONE).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
		Instant now = clock.instant();
		Map<Long, SpaceView> byId = spaces.stream().collect(Collectors.toMap(SpaceView::id, s -> s));
		Map<Long, List<ReservationView>> bySpace = reservations.findInPeriod(byId.keySet(), statuses, start, end)
			.stream()
			.map(r -> {
				ReservationView v = ReservationView.of(r, byId.get(r.getSpaceId()).name(), false,
						staff && r.getStatus() == ReservationStatus.CONFIRMED && !now.isBefore(r.getStartsAt()));
				return staff ? v : withoutBooker(v);
			})
			.collect(Collectors.groupingBy(ReservationView::spaceId));
		return spaces.stream().map(s -> new SpaceDay(s, bySpace.getOrDefault(s.id(), List.of()))).toList();
	}

	private static ReservationView withoutBooker(ReservationView v) {
		return new ReservationView(v.id(), v.spaceId(), v.spaceName(), null, null, v.date(), v.start(), v.end(),
				null, 0, 0, v.status(), null, false, false);
	}
}
