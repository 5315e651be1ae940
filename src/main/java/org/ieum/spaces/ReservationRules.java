package org.ieum.spaces;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.web.Refusal;

/**
 * The rules a reservation request must pass before anything is saved, each refusing with the
 * message the booker sees. Pure rules over the space's terms, the time and the site's hours;
 * the two that need the database (the no-show bar and another live reservation holding the
 * time) are asked by {@link Reservations}, the latter with the held time these rules define.
 */
final class ReservationRules {

	/** The column is varchar(300); the API has no form validation, so the limit is checked here for both paths. */
	static final int MAX_PURPOSE_LENGTH = 300;

	private ReservationRules() {
	}

	/** Who may book the space: anyone signed in, members (enterprise members, experts, staff), or its center's staff. */
	static void audience(BookingAudience audience, long centerId, CurrentUser user) {
		boolean allowed = switch (audience) {
			case SIGNED_IN -> true;
			case MEMBERS -> user.has(Role.ENTERPRISE_MEMBER) || user.has(Role.EXPERT) || user.has(Role.CENTER_STAFF)
					|| user.isSystemAdmin();
			case STAFF -> user.isStaffOf(centerId);
		};
		if (!allowed) {
			throw new Refusal("spaces.error.audience." + audience);
		}
	}

	/** At least one person, and no more than the space holds. */
	static void partySize(int headcount, int capacity) {
		if (headcount < 1) {
			throw new Refusal("spaces.error.headcountMin");
		}
		if (headcount > capacity) {
			throw new Refusal("spaces.error.capacity", capacity);
		}
	}

	/** A purpose is required, of at most {@link #MAX_PURPOSE_LENGTH} characters once trimmed. */
	static void purpose(String purpose) {
		if (purpose == null || purpose.isBlank()) {
			throw new Refusal("spaces.error.purpose");
		}
		if (purpose.strip().length() > MAX_PURPOSE_LENGTH) {
			throw new Refusal("spaces.error.purposeLength", MAX_PURPOSE_LENGTH);
		}
	}

	/** Start and end on the half-hour grid of the calendar, the end after the start. */
	static void onTheGrid(LocalTime start, LocalTime end) {
		if (start.getMinute() % Slots.STEP_MINUTES != 0 || end.getMinute() % Slots.STEP_MINUTES != 0
				|| start.getSecond() != 0 || end.getSecond() != 0 || !end.isAfter(start)) {
			throw new Refusal("spaces.error.grid", Slots.STEP_MINUTES);
		}
	}

	/** Between the space's shortest and longest reservation, both included. */
	static void length(LocalTime start, LocalTime end, int minMinutes, int maxMinutes) {
		long minutes = Duration.between(start, end).toMinutes();
		if (minutes < minMinutes || minutes > maxMinutes) {
			throw new Refusal("spaces.error.length", minMinutes, maxMinutes);
		}
	}

	/** A reservation starts after now: one starting this very instant is already in the past. */
	static void notPast(Instant startsAt, Instant now) {
		if (!startsAt.isAfter(now)) {
			throw new Refusal("spaces.error.past");
		}
	}

	/** The date lies within the space's booking window, counted in days from today (both ends included). */
	static void withinWindow(LocalDate today, LocalDate date, int minDaysAhead, int maxDaysAhead) {
		long daysAhead = ChronoUnit.DAYS.between(today, date);
		if (daysAhead < minDaysAhead || daysAhead > maxDaysAhead) {
			throw new Refusal("spaces.error.window", minDaysAhead, maxDaysAhead);
		}
	}

	/**
	 * The site is open that day (not a holiday or a closure) and the reservation lies within its
	 * hours: it may start at opening time and end at closing time.
	 */
	static void withinOpeningHours(OpeningHoursOnDate open, LocalTime start, LocalTime end) {
		if (!open.open()) {
			throw new Refusal("spaces.error.closedDay");
		}
		if (start.isBefore(open.opens()) || end.isAfter(open.closes())) {
			throw new Refusal("spaces.error.outsideHours", open.opens().toString(), open.closes().toString());
		}
	}

	/** A live reservation holds its space until its end plus the space's buffer (time to tidy up). */
	static Instant heldUntil(Instant endsAt, int bufferMinutes) {
		return endsAt.plus(Duration.ofMinutes(bufferMinutes));
	}

	/**
	 * Whether time held over [heldFrom, heldUntil) touches [from, to): one that starts exactly
	 * when another's held time ends does not. The booking check asks the database the same question.
	 */
	static boolean holds(Instant heldFrom, Instant heldUntil, Instant from, Instant to) {
		return heldFrom.isBefore(to) && heldUntil.isAfter(from);
	}
}
