package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A booking's step reaches the booker through the notification service: the mail keeps its
 * wording, and the booker's account gets the same notice on the site, of the kind and center
 * of the step.
 */
@IeumSpringTest
class ReservationNotificationsTests {

	@Autowired
	Reservations bookings;

	@Autowired
	SpaceCatalog catalog;

	@Autowired
	CentersApi centers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void aConfirmedBookingIsMailedAndNoticedOnTheSiteForTheBookersAccount() {
		SpacesFixtures fixtures = new SpacesFixtures(catalog, centers, clock);
		long space = fixtures.space("알림실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 3);
		CurrentUser person = SpacesFixtures.person();

		assertThat(bookings.book(SpacesFixtures.request(space, day, 10, 12), person)).hasSize(1);

		Map<String, Object> notice = jdbc.queryForMap("select id, kind, center_id, account_id, subject, body, link"
				+ " from notification_message where email = ?", person.email());
		assertThat(notice.get("kind")).isEqualTo("RESERVATION_CONFIRMED");
		assertThat(((Number) notice.get("center_id")).longValue()).isEqualTo(fixtures.centerId("gimhae"));
		assertThat(((Number) notice.get("account_id")).longValue()).isEqualTo(person.accountId());
		assertThat(notice.get("subject")).isEqualTo("[이음] 알림실 예약이 확정되었습니다");
		assertThat(notice.get("link")).isEqualTo("/my/reservations");
		assertThat(jdbc.queryForMap("select subject, body from shared_mail_outbox where recipient = ?", person.email()))
			.containsEntry("subject", notice.get("subject"))
			.containsEntry("body", notice.get("body"));
		assertThat(jdbc.queryForList("select channel from notification_delivery where notification_id = ? order by channel",
				String.class, notice.get("id"))).containsExactly("EMAIL", "IN_APP");
	}
}
