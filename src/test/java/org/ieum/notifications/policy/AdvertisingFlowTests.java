package org.ieum.notifications.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * An event promotion reaches a member who agreed to marketing, labelled "(광고)" and ending with how to
 * refuse; once they withdraw the consent nothing more is sent and staff see why. Promotions held over the
 * quiet hours go at their due time, consent checked again then, and those not yet due stay stored.
 */
@IeumSpringTest
class AdvertisingFlowTests {

	private static final String PASSWORD = "Sample-pass1";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Notifier notifier;

	@Autowired
	HeldAdvertisements heldAdvertisements;

	@Autowired
	TransactionTemplate tx;

	private long gimhae() {
		return jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
	}

	private MockHttpSession signUpWithMarketing(String email) throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", email).param("password", PASSWORD)
			.param("passwordConfirm", PASSWORD).param("displayName", "광고 수신 회원").param("birthDate", "1990-01-01")
			.param("agreeTerms", "true").param("agreePrivacy", "true").param("agreeMarketing", "true"));
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private void promote(String email, String subject) {
		tx.executeWithoutResult(s -> notifier.send(Notification.to(email, NotificationKind.EVENT_PROMOTION, gimhae(),
				subject, "송년 장터가 열립니다.", "/c/gimhae")));
	}

	private long mails(String email, String subject) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject = ?", Long.class,
				email, subject);
	}

	@Test
	void aConsentingMemberGetsItLabelledAndAfterWithdrawingNothingIsSentAndStaffSeeWhy() throws Exception {
		String email = "ad-" + UUID.randomUUID() + "@example.kr";
		MockHttpSession member = signUpWithMarketing(email);
		String first = "송년 장터 " + UUID.randomUUID();
		promote(email, first);
		assertThat(mails(email, first)).isZero();
		String body = jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? and subject = ?",
				String.class, email, "(광고) " + first);
		assertThat(body).startsWith("송년 장터가 열립니다.").endsWith("/my/account#consents")
			.contains("마케팅 정보 수신 동의를 철회해 주세요");
		mvc.perform(get("/my/notifications").session(member)).andExpect(content().string(containsString("(광고) " + first)));

		mvc.perform(post("/my/consents/MARKETING/withdraw").with(csrf()).session(member));
		String second = "신년 교육 " + UUID.randomUUID();
		promote(email, second);
		assertThat(mails(email, second) + mails(email, "(광고) " + second)).isZero();
		assertThat(jdbc.queryForMap("""
				select m.account_id, m.email, d.channel, d.status, d.code from notification_message m
				join notification_delivery d on d.notification_id = m.id where m.subject = ?""", second))
			.containsEntry("account_id", null).containsEntry("email", null).containsEntry("channel", "EMAIL")
			.containsEntry("status", "FAILED").containsEntry("code", "NO_MARKETING_CONSENT");
		mvc.perform(get("/my/notifications").session(member))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(second))));
		mvc.perform(get("/admin/notifications?center=" + gimhae()).session(staffGimhae()))
			.andExpect(content().string(containsString(second)))
			.andExpect(content().string(containsString("NO_MARKETING_CONSENT")));
	}

	private MockHttpSession staffGimhae() throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", "staff.gimhae@ieum.example")
			.param("password", "ieum2026!")).andReturn().getRequest().getSession();
	}

	private void hold(long account, String email, String subject, Instant dueAt) {
		jdbc.update("""
				insert into notification_held_advertising (kind, center_id, account_id, email, subject, body, link, due_at, created_at)
				values ('EVENT_PROMOTION', ?, ?, ?, ?, '아침에 보낼 홍보', null, ?, ?)""", gimhae(), account, email, subject,
				Timestamp.from(dueAt), Timestamp.from(dueAt.minus(10, ChronoUnit.HOURS)));
	}

	@Test
	void heldPromotionsGoAtTheirDueTimeWithConsentCheckedAgainAndLaterOnesStayStored() throws Exception {
		String email = "held-" + UUID.randomUUID() + "@example.kr";
		MockHttpSession member = signUpWithMarketing(email);
		long account = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		// whole seconds: the column keeps microseconds, and a clock's nanoseconds rounded up would not be due yet
		Instant eight = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(1, ChronoUnit.MINUTES);
		String due = "아침 홍보 " + UUID.randomUUID();
		String later = "내일 홍보 " + UUID.randomUUID();
		hold(account, email, due, eight);
		hold(account, email, later, eight.plus(1, ChronoUnit.DAYS));

		assertThat(heldAdvertisements.release(eight.minusSeconds(1))).isZero();
		assertThat(mails(email, "(광고) " + due)).isZero();
		heldAdvertisements.release(eight);
		assertThat(mails(email, "(광고) " + due)).isOne();
		assertThat(heldAdvertisements.release(eight)).isZero();
		assertThat(mails(email, "(광고) " + due)).as("handed over once").isOne();
		assertThat(jdbc.queryForObject("select count(*) from notification_held_advertising where subject = ?", Long.class,
				later)).isOne();

		// withdrawn overnight: at its due time it is not sent, and the reason is recorded
		mvc.perform(post("/my/consents/MARKETING/withdraw").with(csrf()).session(member));
		heldAdvertisements.release(eight.plus(1, ChronoUnit.DAYS));
		assertThat(mails(email, "(광고) " + later)).isZero();
		assertThat(jdbc.queryForObject("""
				select d.code from notification_message m join notification_delivery d on d.notification_id = m.id
				where m.subject = ?""", String.class, later)).isEqualTo("NO_MARKETING_CONSENT");
		assertThat(jdbc.queryForObject("select count(*) from notification_held_advertising where account_id = ?", Long.class,
				account)).isZero();
	}
}
