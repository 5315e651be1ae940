package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.ieum.shared.NotificationKind;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sender against a local stub provider: a text goes once and is recorded as accepted, a refused
 * 알림톡 falls back to a text when the kind allows it, a timeout is retried under the same key only
 * where the provider refuses a repeated key and is otherwise left for staff, a garbage answer is never
 * sent again, a center without settings sends nothing, and a template variable without a value fails
 * the delivery with a message for staff and no request.
 */
@IeumSpringTest
class TextSenderTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SenderQueue queue;

	@Autowired
	ProviderSettingsRepository settings;

	@Autowired
	AlimtalkTemplateRepository templates;

	@Autowired
	MockMvc mvc;

	private MockWebServer server;
	private SenderFixture fixture;
	private TextSender sender;

	@BeforeEach
	void start() throws IOException {
		server = new MockWebServer();
		server.start();
		fixture = new SenderFixture(jdbc, server, 930_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
		sender = fixture.sender(queue, settings, templates);
	}

	@AfterEach
	void stop() {
		server.close();
		jdbc.update("delete from notification_provider_settings where center_id = ?", fixture.center);
		jdbc.update("delete from notification_provider_template where center_id = ?", fixture.center);
	}

	private RecordedRequest taken() throws InterruptedException {
		return server.takeRequest(1, TimeUnit.SECONDS);
	}

	@Test
	void aTextIsSentOnceAndRecordedAsAcceptedWithTheProvidersId() throws Exception {
		fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
		long delivery = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, "/my/reservations");
		fixture.answer(200, SenderFixture.NHN_SMS_OK);

		assertThat(sender.drain()).isEqualTo(1);

		RecordedRequest request = taken();
		assertThat(request.getUrl().encodedPath()).isEqualTo("/sms/v3.0/appKeys/textKey/sender/sms");
		assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo("secret");
		assertThat(fixture.status(delivery)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForMap("select provider_message_id, attempts from notification_delivery where id = ?", delivery))
			.containsEntry("provider_message_id", "REQ-SMS-1").containsEntry("attempts", 1);
		assertThat(jdbc.queryForList("select outcome from notification_attempt where delivery_id = ?", String.class, delivery))
			.containsExactly("ACCEPTED");

		fixture.clock.advance(Duration.ofHours(1));
		assertThat(sender.drain()).isZero();
		assertThat(server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void anAlimtalkTheProviderRefusesFallsBackToATextWhenTheKindAllowsIt() throws Exception {
		fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
		fixture.template(NotificationKind.RESERVATION_APPROVED, "예약=제목\n바로가기=링크", true);
		fixture.template(NotificationKind.WAITLIST_SEAT, "예약=제목", false);
		long withFallback = fixture.queue("ALIMTALK", NotificationKind.RESERVATION_APPROVED, "/my/reservations");
		long without = fixture.queue("ALIMTALK", NotificationKind.WAITLIST_SEAT, null);
		fixture.answer(200, SenderFixture.NHN_KAKAO_NOT_A_USER);
		fixture.answer(200, SenderFixture.NHN_KAKAO_NOT_A_USER);

		assertThat(sender.drain()).isEqualTo(2);
		RecordedRequest first = taken();
		assertThat(first.getUrl().encodedPath()).isEqualTo("/alimtalk/v2.3/appkeys/kakaoKey/messages");
		assertThat(first.getBody().utf8()).contains("\"바로가기\":\"https://ieum.example/my/reservations\"");
		taken();
		assertThat(fixture.status(withFallback)).isEqualTo("FAILED");
		assertThat(fixture.status(without)).isEqualTo("FAILED");
		assertThat(jdbc.queryForMap("select code, problem from notification_delivery where id = ?", withFallback))
			.containsEntry("code", "-3026").containsEntry("problem", "FELL_BACK");
		long notification = jdbc.queryForObject("select notification_id from notification_delivery where id = ?", Long.class,
				withFallback);
		long other = jdbc.queryForObject("select notification_id from notification_delivery where id = ?", Long.class, without);
		assertThat(jdbc.queryForObject("select count(*) from notification_delivery where notification_id = ? and channel = 'SMS'",
				Integer.class, other)).isZero();

		fixture.answer(200, SenderFixture.NHN_SMS_OK);
		assertThat(sender.drain()).isEqualTo(1);
		assertThat(taken().getUrl().encodedPath()).isEqualTo("/sms/v3.0/appKeys/textKey/sender/sms");
		assertThat(jdbc.queryForObject("select status from notification_delivery where notification_id = ? and channel = 'SMS'",
				String.class, notification)).isEqualTo("ACCEPTED");
		assertThat(sender.drain()).isZero();
		assertThat(server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void anAlimtalkWhoseAnswerNeverCameIsRetriedUnderTheSameKeyAndTakenOnce() throws Exception {
		fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
		fixture.template(NotificationKind.RESERVATION_APPROVED, "예약=제목", false);
		long delivery = fixture.queue("ALIMTALK", NotificationKind.RESERVATION_APPROVED, null);
		fixture.answerTooLate(SenderFixture.NHN_KAKAO_OK);
		fixture.answer(200, SenderFixture.NHN_KAKAO_OK);

		sender.drain();
		assertThat(fixture.status(delivery)).isEqualTo("QUEUED");
		assertThat(sender.drain()).as("not due before its minute").isZero();

		fixture.clock.advance(Duration.ofSeconds(61));
		assertThat(sender.drain()).isEqualTo(1);
		String key = taken().getHeaders().get("X-NC-API-IDEMPOTENCY-KEY");
		assertThat(key).endsWith(":ALIMTALK");
		assertThat(taken().getHeaders().get("X-NC-API-IDEMPOTENCY-KEY")).isEqualTo(key);
		assertThat(fixture.status(delivery)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForList("select outcome from notification_attempt where delivery_id = ? order by id",
				String.class, delivery)).containsExactly("UNKNOWN", "ACCEPTED");

		fixture.clock.advance(Duration.ofHours(1));
		assertThat(sender.drain()).isZero();
		assertThat(server.getRequestCount()).isEqualTo(2);
	}

	@Test
	void aTextWhoseAnswerNeverCameIsNotSentAgainButLeftForStaffToCheck() throws Exception {
		fixture.settings(Provider.SOLAPI, "IEUM_TEST_PROVIDER_SECRET");
		long delivery = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
		fixture.answerTooLate(SenderFixture.SOLAPI_OK);
		fixture.answer(200, SenderFixture.SOLAPI_OK);

		sender.drain();
		assertThat(taken().getUrl().encodedPath()).isEqualTo("/messages/v4/send-many/detail");
		assertThat(fixture.status(delivery)).isEqualTo("UNCERTAIN");
		fixture.clock.advance(Duration.ofHours(4));
		assertThat(sender.drain()).isZero();
		assertThat(server.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aGarbageAnswerIsNeverSentAgainAndAProviderErrorIsRetriedWithBackoff() throws Exception {
		fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
		long garbled = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
		fixture.answer(200, "<html>proxy error</html>");
		sender.drain();
		assertThat(fixture.status(garbled)).isEqualTo("UNCERTAIN");
		assertThat(jdbc.queryForObject("select code from notification_delivery where id = ?", String.class, garbled))
			.isEqualTo("HTTP 200");

		long busy = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
		fixture.answer(503, "{}");
		fixture.answer(200, SenderFixture.NHN_SMS_OK);
		sender.drain();
		assertThat(fixture.status(busy)).isEqualTo("QUEUED");
		assertThat(jdbc.queryForObject("select code from notification_delivery where id = ?", String.class, busy))
			.isEqualTo("HTTP 503");
		fixture.clock.advance(Duration.ofSeconds(30));
		assertThat(sender.drain()).as("the first retry waits a minute").isZero();
		fixture.clock.advance(Duration.ofSeconds(31));
		assertThat(sender.drain()).isEqualTo(1);
		assertThat(fixture.status(busy)).isEqualTo("ACCEPTED");
		assertThat(fixture.status(garbled)).isEqualTo("UNCERTAIN");
		assertThat(server.getRequestCount()).isEqualTo(3);
	}

	@Test
	void withoutSettingsOrWithoutTheSecretOnTheServerNothingLeavesAndTheDeliveriesWait() throws Exception {
		long delivery = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
		sender.drain();
		assertThat(fixture.status(delivery)).isEqualTo("QUEUED");

		fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_SECRET_NOT_ON_THIS_SERVER");
		sender.drain();
		assertThat(fixture.status(delivery)).isEqualTo("QUEUED");
		assertThat(server.getRequestCount()).isZero();
	}

	@Test
	void aTemplateVariableWithoutAValueFailsTheDeliveryWithAMessageForStaffAndNoRequest() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		SenderFixture atGimhae = new SenderFixture(jdbc, server, gimhae);
		TextSender gimhaeSender = atGimhae.sender(queue, settings, templates);
		try {
			atGimhae.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
			atGimhae.template(NotificationKind.RESERVATION_APPROVED, "예약=제목\n바로가기=링크", true);
			long delivery = atGimhae.queue("ALIMTALK", NotificationKind.RESERVATION_APPROVED, null);

			gimhaeSender.drain();

			assertThat(server.getRequestCount()).isZero();
			assertThat(jdbc.queryForMap("select status, problem, problem_detail from notification_delivery where id = ?",
					delivery))
				.isEqualTo(Map.of("status", "FAILED", "problem", "MISSING_VARIABLE", "problem_detail", "바로가기"));
			mvc.perform(get("/admin/notifications").param("center", String.valueOf(gimhae))
				.session(DemoStaff.session(mvc, "gimhae")))
				.andExpect(content().string(containsString("템플릿 변수 바로가기에 넣을 값이 이 알림에 없어 보내지 않았습니다")))
				.andExpect(content().string(containsString("010-****-5678")));
		}
		finally {
			jdbc.update("delete from notification_provider_settings where center_id = ?", gimhae);
			jdbc.update("delete from notification_provider_template where center_id = ?", gimhae);
		}
	}
}
