package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Who booked and why stays with staff: their lists are logged and the public board shows no purpose. */
@IeumSpringTest
class ReservationPrivacyTests extends ReservationScenarios {

	@Test
	void openingTheApprovalQueueOrTheCalendarIsLoggedAsPersonalDataAccess() throws Exception {
		long space = fixtures.space("기록실", 10, true);
		LocalDate day = fixtures.openDay("gimhae", 2);
		assertThat(bookings.book(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person()).get(0).booked())
			.isTrue();
		String center = String.valueOf(fixtures.centerId("gimhae"));
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		String count = "select count(*) from identity_personal_data_access where actor_email = 'staff.gimhae@ieum.example'"
				+ " and action = 'LIST' and detail like ?";

		long queueBefore = jdbc.queryForObject(count, Long.class, "space reservation requests%");
		mvc.perform(get("/admin/spaces/queue?center=" + center).session(gimhae)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(count, Long.class, "space reservation requests%")).isEqualTo(queueBefore + 1);

		long calendarBefore = jdbc.queryForObject(count, Long.class, "space reservation calendar%");
		mvc.perform(get("/admin/spaces/calendar?center=" + center + "&date=" + day).session(gimhae))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject(count, Long.class, "space reservation calendar%"))
			.isEqualTo(calendarBefore + 1);
	}

	@Test
	void thePublicTodayBoardDoesNotShowWhatABookingIsFor() throws Exception {
		long space = fixtures.space("오늘공개실", 6, false);
		String purpose = "홍길동 개인 상담 " + System.nanoTime();
		long id = bookings.book(new Reservations.Request(space, fixtures.openDay("gimhae", 2), LocalTime.of(10, 0),
				LocalTime.of(11, 0), purpose, 2, 1), SpacesFixtures.person()).get(0).reservationId();
		// as if it were today, in the small hours so nothing else overlaps
		Instant start = Seoul.today(clock).atTime(1, 0).atZone(Seoul.ZONE).toInstant();
		jdbc.update("delete from spaces_occupied_cell where reservation_id = ?", id);
		jdbc.update("update spaces_reservation set starts_at = ?, ends_at = ?, blocked_until = ? where id = ?",
				start.atOffset(ZoneOffset.UTC), start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
				start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), id);

		mvc.perform(get("/c/gimhae/spaces/today"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("오늘공개실")))
			.andExpect(content().string(containsString("01:00~02:00")))
			.andExpect(content().string(not(containsString(purpose))));
	}
}
