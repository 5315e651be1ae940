package org.ieum.spaces;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Free and taken half-hours of a space over a period: the site's opening hours for each
 * day, less the time live reservations hold (their buffers included), less what lies in
 * the past or outside the booking window. One query reads the period's reservations.
 */
@Service
@Transactional(readOnly = true)
class Slots {

	static final int STEP_MINUTES = 30;

	enum State {
		FREE, TAKEN, UNAVAILABLE
	}

	record Slot(LocalTime start, LocalTime end, State state) {

		public boolean free() {
			return state == State.FREE;
		}
	}

	/** What a day of the calendar says at a glance; each reads differently, never as a bare "0". */
	enum Availability {
		PAST, NOT_YET, BEYOND, CLOSED, FULL, FREE
	}

	record Day(LocalDate date, boolean open, LocalTime opens, LocalTime closes, String note, List<Slot> slots,
			Availability availability) {

		public long freeCount() {
			return slots.stream().filter(Slot::free).count();
		}

		/** Free time in minutes (each free slot is {@link #STEP_MINUTES} long). */
		public long freeMinutes() {
			return freeCount() * STEP_MINUTES;
		}

		/** The first free slot, where the booking form starts by default; null when nothing is free. */
		public Slot firstFree() {
			return slots.stream().filter(Slot::free).findFirst().orElse(null);
		}

		public boolean today(LocalDate today) {
			return date.equals(today);
		}
	}

	private final ReservationRepository reservations;
	private final SiteHours hours;
	private final Clock clock;

	Slots(ReservationRepository reservations, SiteHours hours, Clock clock) {
		this.reservations = reservations;
		this.hours = hours;
		this.clock = clock;
	}

	/** Every day from {@code from} to {@code to} inclusive. */
	List<Day> days(Space space, LocalDate from, LocalDate to) {
		Instant periodStart = from.atStartOfDay(Seoul.ZONE).toInstant();
		Instant periodEnd = to.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
		List<Reservation> held = reservations.findLiveOverlapping(space.getId(), periodStart, periodEnd);
		Instant now = clock.instant();
		LocalDate today = Seoul.today(clock);
		LocalDate firstBookable = today.plusDays(space.getMinDaysAhead());
		LocalDate lastBookable = today.plusDays(space.getMaxDaysAhead());
		List<Day> days = new ArrayList<>();
		int next = 0;
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			OpeningHoursOnDate open = hours.cached(space.getSiteId(), date);
			if (!open.open()) {
				days.add(new Day(date, false, null, null, open.note(), List.of(),
						date.isBefore(today) ? Availability.PAST : Availability.CLOSED));
				continue;
			}
			boolean inWindow = !date.isBefore(firstBookable) && !date.isAfter(lastBookable);
			List<Slot> slots = new ArrayList<>();
			for (LocalTime t = open.opens(); !t.plusMinutes(STEP_MINUTES).isAfter(open.closes())
					&& t.plusMinutes(STEP_MINUTES).isAfter(t); t = t.plusMinutes(STEP_MINUTES)) {
				Instant start = date.atTime(t).atZone(Seoul.ZONE).toInstant();
				Instant end = start.plusSeconds(STEP_MINUTES * 60L);
				// live reservations of a space never overlap, so sorted by start they are sorted by end too:
				// skip those that released their time before this slot
				while (next < held.size() && !held.get(next).getBlockedUntil().isAfter(start)) {
					next++;
				}
				State state;
				if (takenBetween(held, next, start, end)) {
					state = State.TAKEN;
				}
				else if (!inWindow || !start.isAfter(now)) {
					state = State.UNAVAILABLE;
				}
				else {
					state = State.FREE;
				}
				slots.add(new Slot(t, t.plusMinutes(STEP_MINUTES), state));
			}
			days.add(new Day(date, true, open.opens(), open.closes(), open.note(), slots,
					availability(slots, date, today, firstBookable, lastBookable)));
		}
		return days;
	}

	private static Availability availability(List<Slot> slots, LocalDate date, LocalDate today,
			LocalDate firstBookable, LocalDate lastBookable) {
		if (date.isBefore(today)) {
			return Availability.PAST;
		}
		if (slots.stream().anyMatch(Slot::free)) {
			return Availability.FREE;
		}
		if (date.isBefore(firstBookable)) {
			return Availability.NOT_YET;
		}
		if (date.isAfter(lastBookable)) {
			return Availability.BEYOND;
		}
		// within the window and nothing free: taken, or (today) the rest of the day has gone by
		return slots.stream().anyMatch(s -> s.state() == State.TAKEN) || !date.equals(today) ? Availability.FULL
				: Availability.PAST;
	}

	private static boolean takenBetween(List<Reservation> held, int from, Instant start, Instant end) {
		for (int i = from; i < held.size(); i++) {
			Reservation r = held.get(i);
			if (!r.getStartsAt().isBefore(end)) {
				return false;
			}
			if (ReservationRules.holds(r.getStartsAt(), r.getBlockedUntil(), start, end)) {
				return true;
			}
		}
		return false;
	}
}
