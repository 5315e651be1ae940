package org.ieum.spaces;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * iCal feeds: a space's busy times for anyone (no names, no purposes), and a person's own
 * reservations with their purpose.
 */
@Service
@Transactional(readOnly = true)
class CalendarFeeds {

	private static final Duration PAST = Duration.ofDays(30);

	private final SpaceCatalog catalog;
	private final ReservationRepository reservations;
	private final SpaceRepository spaces;
	private final ICalendarFeed feed;
	private final MessageSource messages;
	private final Clock clock;

	CalendarFeeds(SpaceCatalog catalog, ReservationRepository reservations, SpaceRepository spaces,
			ICalendarFeed feed, MessageSource messages, Clock clock) {
		this.catalog = catalog;
		this.reservations = reservations;
		this.spaces = spaces;
		this.feed = feed;
		this.messages = messages;
		this.clock = clock;
	}

	String ofSpace(Space space) {
		Instant now = clock.instant();
		Instant to = now.plus(Duration.ofDays(space.getMaxDaysAhead() + 1L));
		String busy = messages.getMessage("spaces.ical.busy", null, Locale.KOREAN);
		List<ICalendarFeed.Event> events = reservations
			.findLiveOverlapping(space.getId(), now.minus(PAST), to)
			.stream()
			.map(r -> new ICalendarFeed.Event(r.getId(), r.getStartsAt(), r.getEndsAt(), busy, space.getName(), null,
					r.getStatus() == ReservationStatus.PENDING, r.getCreatedAt()))
			.toList();
		return feed.write(space.getName(), events);
	}

	String ofPerson(long accountId) {
		List<Reservation> own = reservations.findByAccountIdOrderByStartsAtDesc(accountId, PageRequest.of(0, 500))
			.getContent()
			.stream()
			.filter(r -> r.getStatus().holdsTime())
			.toList();
		Map<Long, Space> byId = spaces.findAllById(own.stream().map(Reservation::getSpaceId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Space::getId, s -> s));
		List<ICalendarFeed.Event> events = own.stream().map(r -> {
			Space space = byId.get(r.getSpaceId());
			String where = catalog.view(space).siteName() + " " + space.getName();
			return new ICalendarFeed.Event(r.getId(), r.getStartsAt(), r.getEndsAt(), space.getName(), where.strip(),
					r.getPurpose(), r.getStatus() == ReservationStatus.PENDING, r.getCreatedAt());
		}).toList();
		return feed.write(messages.getMessage("spaces.ical.mine", null, Locale.KOREAN), events);
	}

}
