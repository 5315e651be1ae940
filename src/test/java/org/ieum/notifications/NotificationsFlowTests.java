package org.ieum.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification handed over by a module reaches the person by e-mail (worded as the module
 * wrote it) and on the site (the bell's count, their list, marking as read), and staff of the
 * center see what became of it with the address masked.
 */
@IeumSpringTest
class NotificationsFlowTests {

	private static final String PASSWORD = "ieum2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate tx;

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	private long unreadOf(String email) {
		return jdbc.queryForObject("select count(*) from notification_message n join identity_account a"
				+ " on a.id = n.account_id where a.email = ? and n.read_at is null", Long.class, email);
	}

	private long send(String email, String subject) {
		tx.executeWithoutResult(s -> notifier.send(Notification.to(email, NotificationKind.RESERVATION_APPROVED, gimhae(),
				subject, "본문: " + subject, "/my/reservations")));
		return jdbc.queryForObject("select max(id) from notification_message where subject = ?", Long.class, subject);
	}

	@Test
	void aNotificationGoesByMailWordedAsGivenAndOnTheSiteForTheAccountWithTheAddress() {
		String subject = "[이음] 알림 시험 " + UUID.randomUUID();
		long id = send("citizen@ieum.example", subject);

		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? and subject = ?",
				String.class, "citizen@ieum.example", subject)).isEqualTo("본문: " + subject);
		assertThat(jdbc.queryForObject("select a.email from notification_message n join identity_account a on a.id = n.account_id"
				+ " where n.id = ?", String.class, id)).isEqualTo("citizen@ieum.example");
		List<Map<String, Object>> deliveries = jdbc.queryForList(
				"select channel, status, idempotency_key from notification_delivery where notification_id = ? order by channel", id);
		assertThat(deliveries).extracting(d -> d.get("channel") + ":" + d.get("status"))
			.containsExactly("EMAIL:ACCEPTED", "IN_APP:DELIVERED");
		assertThat(deliveries).extracting(d -> d.get("idempotency_key")).containsExactly(id + ":EMAIL", id + ":IN_APP");
	}

	@Test
	void anAddressWithoutAccountGetsOnlyTheMailAndARolledBackActionSendsNothing() {
		String subject = "[이음] 계정 없는 주소 " + UUID.randomUUID();
		long id = send("nobody-" + UUID.randomUUID() + "@example.org", subject);
		assertThat(jdbc.queryForList("select channel from notification_delivery where notification_id = ?", String.class, id))
			.containsExactly("EMAIL");

		String rolledBack = "[이음] 취소된 작업 " + UUID.randomUUID();
		tx.executeWithoutResult(s -> {
			notifier.send(Notification.to("citizen@ieum.example", NotificationKind.CALL_RESULT, gimhae(), rolledBack, "본문",
					null));
			s.setRollbackOnly();
		});
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where subject = ?", Long.class, rolledBack))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from notification_message where subject = ?", Long.class, rolledBack))
			.isZero();
	}

	@Test
	void theBellCountsUnreadNoticesAndThePersonMarksOneOrAllAsRead() throws Exception {
		String subject = "[이음] 벨 시험 " + UUID.randomUUID();
		long id = send("citizen@ieum.example", subject);
		long unread = unreadOf("citizen@ieum.example");
		assertThat(unread).isPositive();

		MockHttpSession citizen = login("citizen@ieum.example");
		mvc.perform(get("/c/gimhae").session(citizen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("읽지 않은 알림 " + unread + "건")));
		mvc.perform(get("/c/gimhae")).andExpect(content().string(not(containsString("읽지 않은 알림"))));
		mvc.perform(get("/my/notifications").session(citizen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("href=\"/my/reservations\"")));

		// someone else's notice does not exist for them
		mvc.perform(post("/my/notifications/" + id + "/read").with(csrf()).session(login("member@ieum.example")))
			.andExpect(status().isNotFound());
		assertThat(unreadOf("citizen@ieum.example")).isEqualTo(unread);

		mvc.perform(post("/my/notifications/" + id + "/read").with(csrf()).session(citizen))
			.andExpect(status().is3xxRedirection());
		assertThat(unreadOf("citizen@ieum.example")).isEqualTo(unread - 1);

		send("citizen@ieum.example", "[이음] 하나 더 " + UUID.randomUUID());
		mvc.perform(post("/my/notifications/read-all").with(csrf()).session(citizen))
			.andExpect(status().is3xxRedirection());
		assertThat(unreadOf("citizen@ieum.example")).isZero();
		mvc.perform(get("/my/notifications").session(citizen))
			.andExpect(content().string(containsString("읽지 않은 알림이 0건 있습니다.")))
			.andExpect(content().string(not(containsString("읽지 않은 알림 0건"))));
	}

	@Test
	void staffOfTheCenterSeeTheDeliveriesWithTheAddressMaskedAndTheReadingIsLogged() throws Exception {
		String subject = "[이음] 발송 기록 시험 " + UUID.randomUUID();
		send("citizen@ieum.example", subject);
		long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class);

		mvc.perform(get("/admin/notifications?center=" + gimhae()).session(login("staff.gimhae@ieum.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(subject)))
			.andExpect(content().string(containsString("c***@ieum.example")))
			.andExpect(content().string(not(containsString("citizen@ieum.example"))))
			.andExpect(content().string(containsString("접수")))
			.andExpect(content().string(containsString("전달")));
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class))
			.isEqualTo(logged + 1);

		mvc.perform(get("/admin/notifications?center=" + gimhae()).session(login("staff.busan@ieum.example")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/notifications").session(login("staff.busan@ieum.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(subject))));
	}

	@Test
	void aMemberSwitchesOffMailForAGroupButCannotLeaveAGroupWithoutAnyChannel() throws Exception {
		MockHttpSession member = login("member@ieum.example");
		long account = jdbc.queryForObject("select id from identity_account where email = 'member@ieum.example'", Long.class);
		String[] allButBookingMail = java.util.Arrays.stream(NotificationKind.Group.values())
			.flatMap(g -> java.util.stream.Stream.of(g + ":EMAIL", g + ":IN_APP"))
			.filter(c -> !c.equals("BOOKINGS:EMAIL"))
			.toArray(String[]::new);
		try {
			mvc.perform(post("/my/notifications/preferences").with(csrf()).session(member).param("on", allButBookingMail))
				.andExpect(status().is3xxRedirection());
			mvc.perform(get("/my/notifications/preferences").session(member))
				.andExpect(content().string(containsString("value=\"BOOKINGS:IN_APP\" checked")))
				.andExpect(content().string(not(containsString("value=\"BOOKINGS:EMAIL\" checked"))))
				.andExpect(content().string(containsString("value=\"EDUCATION:EMAIL\" checked")));

			String booking = "[이음] 메일 끈 예약 " + UUID.randomUUID();
			send("member@ieum.example", booking);
			assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where subject = ?", Long.class, booking))
				.as("booking mail switched off").isZero();
			assertThat(jdbc.queryForObject("select count(*) from notification_message where subject = ? and account_id = ?",
					Long.class, booking, account)).as("still on the site").isOne();
			String course = "[이음] 교육 안내 " + UUID.randomUUID();
			tx.executeWithoutResult(s -> notifier.send(Notification.to("member@ieum.example", NotificationKind.WAITLIST_SEAT,
					gimhae(), course, "본문", null)));
			assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where subject = ?", Long.class, course))
				.as("other groups keep their mail").isOne();

			// leaving bookings without any channel is refused and changes nothing
			String[] noBookings = java.util.Arrays.stream(allButBookingMail).filter(c -> !c.startsWith("BOOKINGS:"))
				.toArray(String[]::new);
			mvc.perform(post("/my/notifications/preferences").with(csrf()).session(member).param("on", noBookings))
				.andExpect(flash().attribute("error", "notifications.error.keepOneChannel"));
			mvc.perform(post("/my/notifications/preferences").with(csrf()).session(member).param("on", "BOOKINGS:FAX"))
				.andExpect(flash().attribute("error", "notifications.error.badChoice"));
			assertThat(jdbc.queryForList("select kind_group || ':' || channel from notification_channel_off where account_id = ?",
					String.class, account)).containsExactly("BOOKINGS:EMAIL");
		}
		finally {
			jdbc.update("delete from notification_channel_off where account_id = ?", account);
		}
	}
}
