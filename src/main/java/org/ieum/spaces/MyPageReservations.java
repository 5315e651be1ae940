package org.ieum.spaces;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.shared.MyPageSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The person's next bookings that hold their time, for the My page home. */
@Component
class MyPageReservations implements MyPageSummary {

	private final ReservationRepository reservations;
	private final SpaceRepository spaces;
	private final Clock clock;

	MyPageReservations(ReservationRepository reservations, SpaceRepository spaces, Clock clock) {
		this.reservations = reservations;
		this.spaces = spaces;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> upcomingFor(long accountId) {
		Instant now = clock.instant();
		List<Reservation> coming = reservations.findByAccountIdOrderByStartsAtDesc(accountId, PageRequest.of(0, 100))
			.stream()
			.filter(r -> r.getStatus().holdsTime() && r.getStartsAt().isAfter(now))
			.toList();
		Map<Long, Space> byId = spaces.findAllById(coming.stream().map(Reservation::getSpaceId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Space::getId, Function.identity()));
		return coming.stream()
			.map(r -> new Item("my.upcoming.kind.reservation", byId.get(r.getSpaceId()).getName(), r.getStartsAt(),
					"/my/reservations"))
			.toList();
	}
}
