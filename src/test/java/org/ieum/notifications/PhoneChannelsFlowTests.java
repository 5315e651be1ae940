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

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

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
 * Texts and 알림톡 are offered on the preferences page only once the person's phone number is
 * verified, are off until chosen, and then a notification of that group waits for the sender as a
 * text / 알림톡 to the verified number; a number no longer verified gets none.
 */
@IeumSpringTest
class PhoneChannelsFlowTests {

	/** An account of its own: demo accounts are deleted by other tests of the same context. */
	private static final String EXPERT = "phone-channels-" + UUID.randomUUID() + "@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifier notifier;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwords;

	@org.junit.jupiter.api.BeforeEach
	void anAccountWithAVerifiedAddress() {
		if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, EXPERT) == 0) {
			jdbc.update("""
					insert into identity_account (email, password_hash, display_name, status, email_verified_at, home_center_id,
					  created_at, version)
					values (?, ?, '전화 채널 회원',
					  'ACTIVE', current_timestamp, (select id from centers_center where slug = 'gimhae'), current_timestamp, 0)""",
					EXPERT, passwords.encode("ieum2026!"));
		}
	}

	private MockHttpSession login() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(EXPERT).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	private static String[] everyGroupBy(String... extra) {
		return Stream.concat(Arrays.stream(NotificationKind.Group.values())
			.filter(NotificationKind.Group::choosable)
			.flatMap(g -> Stream.of(g + ":EMAIL", g + ":IN_APP")), Arrays.stream(extra)).toArray(String[]::new);
	}

	private List<Map<String, Object>> deliveriesOf(NotificationKind kind) {
		String subject = "[이음] 전화 채널 " + UUID.randomUUID();
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		tx.executeWithoutResult(s -> notifier.send(Notification.to(EXPERT, kind, gimhae, subject, "본문", "/my")));
		return jdbc.queryForList("select d.channel, d.status, d.recipient from notification_delivery d join notification_message m"
				+ " on m.id = d.notification_id where m.subject = ? order by d.channel", subject);
	}

	@Test
	void textsAndAlimtalkAreOfferedOnlyWithAVerifiedNumberAndGoToItWhenChosen() throws Exception {
		long account = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, EXPERT);
		String phoneBefore = jdbc.queryForObject("select phone from identity_account where id = ?", String.class, account);
		MockHttpSession expert = login();
		try {
			mvc.perform(get("/my/notifications/preferences").session(expert))
				.andExpect(content().string(not(containsString("value=\"BOOKINGS:SMS\""))))
				.andExpect(content().string(containsString("휴대전화 번호를 인증하면")));
			mvc.perform(post("/my/notifications/preferences").with(csrf()).session(expert)
				.param("on", everyGroupBy("BOOKINGS:SMS")))
				.andExpect(flash().attribute("error", "notifications.error.phoneNotVerified"));
			assertThat(deliveriesOf(NotificationKind.RESERVATION_APPROVED)).extracting(r -> r.get("channel"))
				.containsExactly("EMAIL", "IN_APP");

			jdbc.update("update identity_account set phone = '01055556666', phone_verified_at = current_timestamp where id = ?",
					account);
			mvc.perform(get("/my/notifications/preferences").session(expert))
				.andExpect(content().string(containsString("value=\"BOOKINGS:ALIMTALK\"")))
				.andExpect(content().string(not(containsString("value=\"BOOKINGS:ALIMTALK\" checked"))));
			assertThat(deliveriesOf(NotificationKind.RESERVATION_APPROVED)).as("off until chosen")
				.extracting(r -> r.get("channel")).containsExactly("EMAIL", "IN_APP");

			mvc.perform(post("/my/notifications/preferences").with(csrf()).session(expert)
				.param("on", everyGroupBy("BOOKINGS:ALIMTALK")))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("notice", "notifications.notice.preferencesSaved"));
			mvc.perform(get("/my/notifications/preferences").session(expert))
				.andExpect(content().string(containsString("value=\"BOOKINGS:ALIMTALK\" checked")))
				.andExpect(content().string(not(containsString("value=\"BOOKINGS:SMS\" checked"))));

			List<Map<String, Object>> booking = deliveriesOf(NotificationKind.RESERVATION_APPROVED);
			assertThat(booking).extracting(r -> r.get("channel")).containsExactly("ALIMTALK", "EMAIL", "IN_APP");
			assertThat(booking.get(0)).containsEntry("status", "QUEUED").containsEntry("recipient", "01055556666");
			assertThat(deliveriesOf(NotificationKind.WAITLIST_SEAT)).as("another group").extracting(r -> r.get("channel"))
				.containsExactly("EMAIL", "IN_APP");

			jdbc.update("update identity_account set phone_verified_at = null where id = ?", account);
			assertThat(deliveriesOf(NotificationKind.RESERVATION_APPROVED)).as("number no longer verified")
				.extracting(r -> r.get("channel")).containsExactly("EMAIL", "IN_APP");
		}
		finally {
			jdbc.update("update identity_account set phone = ?, phone_verified_at = null where id = ?", phoneBefore, account);
			jdbc.update("delete from notification_channel_off where account_id = ?", account);
			jdbc.update("delete from notification_channel_on where account_id = ?", account);
		}
	}
}
