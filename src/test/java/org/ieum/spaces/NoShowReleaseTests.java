package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;

import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionTemplate;

/** A no-show gives the rest of its time back for same-day bookings. */
@IeumSpringTest
class NoShowReleaseTests extends ReservationScenarios {

	@Test
	void aNoShowFreesTheRestOfItsTimeForSameDayBookings() {
		long space = fixtures.space("노쇼반환실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		Reservations.Occurrence booked = bookingsAt(day.atTime(9, 0).atZone(Seoul.ZONE).toInstant())
			.book(new Reservations.Request(space, day, LocalTime.of(10, 0), LocalTime.of(14, 0), "소모임", 4, 1),
					SpacesFixtures.person())
			.get(0);
		assertThat(booked.booked()).isTrue();

		Reservations atHalfPastTen = bookingsAt(day.atTime(10, 30).atZone(Seoul.ZONE).toInstant());
		asAdmin(() -> new TransactionTemplate(transactionManager)
			.executeWithoutResult(s -> atHalfPastTen.markNoShow(booked.reservationId(), 1L)));

		assertThat(reservations.findById(booked.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.NO_SHOW);
		// 10:00, 10:10 and 10:20 are gone anyway; everything from 10:30 on is free again
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where reservation_id = ?", Long.class,
				booked.reservationId())).isEqualTo(3);
		Reservations.Occurrence later = atHalfPastTen
			.book(new Reservations.Request(space, day, LocalTime.of(11, 0), LocalTime.of(12, 0), "회의", 2, 1),
					SpacesFixtures.person())
			.get(0);
		assertThat(later.messageKey()).isNull();
		assertThat(later.booked()).isTrue();
	}
}
