package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.shared.Seoul;
import org.junit.jupiter.api.Test;

/**
 * Free and taken half-hours of a day: the site's hours, less what live reservations hold (their buffer included),
 * less the past and what lies outside the booking window.
 */
class SlotsTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	private final ReservationRepository reservations = mock(ReservationRepository.class);
	private final SiteHours hours = mock(SiteHours.class);
	private final Space space = mock(Space.class);

	SlotsTests() {
		when(space.getId()).thenReturn(5L);
		when(space.getSiteId()).thenReturn(9L);
		when(space.getMinDaysAhead()).thenReturn(0);
		when(space.getMaxDaysAhead()).thenReturn(30);
		when(hours.cached(eq(9L), any())).thenAnswer(call -> open(call.getArgument(1)));
		when(reservations.findLiveOverlapping(anyLong(), any(), any())).thenReturn(List.of());
	}

	private static OpeningHoursOnDate open(LocalDate date) {
		return new OpeningHoursOnDate(9, date, true, LocalTime.of(9, 0), LocalTime.of(12, 0),
				OpeningHoursOnDate.Basis.WEEKLY, null);
	}

	private static Instant at(LocalDate date, int hour, int minute) {
		return date.atTime(hour, minute).atZone(Seoul.ZONE).toInstant();
	}

	private Slots slotsAt(Instant now) {
		return new Slots(reservations, hours, Clock.fixed(now, Seoul.ZONE));
	}

	private Slots.Day day(Slots slots, LocalDate date) {
		return slots.days(space, date, date).get(0);
	}

	private static List<Slots.State> states(Slots.Day day) {
		return day.slots().stream().map(Slots.Slot::state).toList();
	}

	@Test
	void aReservationTakesItsHalfHoursAndItsBufferAndTheRestIsFree() {
		LocalDate tomorrow = TODAY.plusDays(1);
		Reservation held = mock(Reservation.class);
		when(held.getStartsAt()).thenReturn(at(tomorrow, 10, 0));
		// an hour's booking with a 30-minute buffer after it
		when(held.getBlockedUntil()).thenReturn(at(tomorrow, 11, 30));
		when(reservations.findLiveOverlapping(eq(5L), any(), any())).thenReturn(List.of(held));

		Slots.Day day = day(slotsAt(at(TODAY, 8, 0)), tomorrow);

		assertThat(day.slots()).extracting(Slots.Slot::start)
			.containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30),
					LocalTime.of(11, 0), LocalTime.of(11, 30));
		assertThat(states(day)).containsExactly(Slots.State.FREE, Slots.State.FREE, Slots.State.TAKEN,
				Slots.State.TAKEN, Slots.State.TAKEN, Slots.State.FREE);
		assertThat(day.freeMinutes()).isEqualTo(90);
		assertThat(day.firstFree().start()).isEqualTo(LocalTime.of(9, 0));
		assertThat(day.availability()).isEqualTo(Slots.Availability.FREE);
	}

	@Test
	void todaysSlotsThatHaveBegunAreNoLongerBookable() {
		Slots.Day day = day(slotsAt(at(TODAY, 10, 15)), TODAY);
		assertThat(states(day)).containsExactly(Slots.State.UNAVAILABLE, Slots.State.UNAVAILABLE,
				Slots.State.UNAVAILABLE, Slots.State.FREE, Slots.State.FREE, Slots.State.FREE);
		// a slot starting exactly now has begun
		assertThat(states(day(slotsAt(at(TODAY, 10, 30)), TODAY))).filteredOn(s -> s == Slots.State.FREE).hasSize(2);
	}

	@Test
	void whenTheLastSlotOfTodayHasGoneByTheDayReadsAsPastNotFull() {
		Slots.Day day = day(slotsAt(at(TODAY, 11, 45)), TODAY);
		assertThat(day.freeCount()).isZero();
		assertThat(day.firstFree()).isNull();
		assertThat(day.availability()).isEqualTo(Slots.Availability.PAST);
	}

	@Test
	void aFullyBookedDayInsideTheWindowIsFull() {
		LocalDate tomorrow = TODAY.plusDays(1);
		Reservation all = mock(Reservation.class);
		when(all.getStartsAt()).thenReturn(at(tomorrow, 9, 0));
		when(all.getBlockedUntil()).thenReturn(at(tomorrow, 12, 0));
		when(reservations.findLiveOverlapping(eq(5L), any(), any())).thenReturn(List.of(all));
		assertThat(day(slotsAt(at(TODAY, 8, 0)), tomorrow).availability()).isEqualTo(Slots.Availability.FULL);
	}

	@Test
	void daysOutsideTheBookingWindowSayWhyNothingIsFree() {
		when(space.getMinDaysAhead()).thenReturn(2);
		when(space.getMaxDaysAhead()).thenReturn(10);
		Slots slots = slotsAt(at(TODAY, 8, 0));
		assertThat(day(slots, TODAY.plusDays(1)).availability()).isEqualTo(Slots.Availability.NOT_YET);
		assertThat(day(slots, TODAY.plusDays(2)).availability()).isEqualTo(Slots.Availability.FREE);
		assertThat(day(slots, TODAY.plusDays(10)).availability()).isEqualTo(Slots.Availability.FREE);
		assertThat(day(slots, TODAY.plusDays(11)).availability()).isEqualTo(Slots.Availability.BEYOND);
		assertThat(states(day(slots, TODAY.plusDays(11)))).containsOnly(Slots.State.UNAVAILABLE);
	}

	@Test
	void aClosedDayHasNoSlotsAndReadsClosedOrPast() {
		when(hours.cached(eq(9L), any())).thenAnswer(call -> new OpeningHoursOnDate(9, call.getArgument(1), false,
				null, null, OpeningHoursOnDate.Basis.WEEKLY, "정기 휴관"));
		Slots slots = slotsAt(at(TODAY, 8, 0));
		Slots.Day closed = day(slots, TODAY.plusDays(3));
		assertThat(closed.open()).isFalse();
		assertThat(closed.slots()).isEmpty();
		assertThat(closed.note()).isEqualTo("정기 휴관");
		assertThat(closed.availability()).isEqualTo(Slots.Availability.CLOSED);
		assertThat(day(slots, TODAY.minusDays(1)).availability()).isEqualTo(Slots.Availability.PAST);
	}

	@Test
	void everyDayOfThePeriodIsAnsweredFromOneRead() {
		List<Slots.Day> week = slotsAt(at(TODAY, 8, 0)).days(space, TODAY, TODAY.plusDays(6));
		assertThat(week).extracting(Slots.Day::date).first().isEqualTo(TODAY);
		assertThat(week).hasSize(7);
		verify(reservations, times(1))
			.findLiveOverlapping(anyLong(), any(), any());
	}
}
