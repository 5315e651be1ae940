package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
 * What the providers report after they took a message, against a local stub provider: a 알림톡 reported
 * failed falls back to a text once when its kind allows it, a text reported delivered is shown to staff
 * as delivered with the provider's code in Korean and the time, a result still on its way is asked
 * again later, a garbage answer changes nothing, and after a day without a report the asking stops.
 */
@IeumSpringTest
class DeliveryResultsTests {

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

	@BeforeEach
	void start() throws IOException {
		server = new MockWebServer();
		server.start();
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private RecordedRequest taken() throws InterruptedException {
		return server.takeRequest(1, TimeUnit.SECONDS);
	}

	private static String nhnKakao(String messageStatus, String resultCode) {
		return """
				{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
				 "message":{"requestId":"REQ-KAKAO-1","recipientSeq":1,"senderKey":"senderKey40","templateCode":"TPL_1",
				  "recipientNo":"01012345678","requestDate":"2026-12-07 10:00:01.0","receiveDate":"2026-12-07 10:00:09.0",
				  "createDate":"2026-12-07 10:00:01.0","resendStatus":"RSC01","messageStatus":"%s","resultCode":"%s"}}"""
			.formatted(messageStatus, resultCode);
	}

	private static String nhnText(String msgStatus, String resultCode) {
		return """
				{"header":{"resultCode":0,"resultMessage":"SUCCESS","isSuccessful":true},
				 "body":{"data":{"requestId":"REQ-SMS-1","requestDate":"2026-12-07 10:01:00.0",
				  "resultDate":"2026-12-07 10:01:12.0","recipientNo":"01012345678","msgStatus":"%s","resultCode":"%s",
				  "recipientSeq":1,"messageType":"SMS"}}}""".formatted(msgStatus, resultCode);
	}

	private static String solapiList(String statusCode) {
		return """
				{"startKey":null,"limit":20,"messageList":{"M-SOLAPI-1":{"messageId":"M-SOLAPI-1","statusCode":"%s",
				 "to":"01012345678","type":"SMS","dateReceived":"2026-12-07T01:03:00.000Z","dateUpdated":"2026-12-07T01:03:01.000Z"}}}"""
			.formatted(statusCode);
	}

	private Instant resultAt(long delivery) {
		return jdbc.queryForObject("select result_at from notification_delivery where id = ?", Timestamp.class, delivery)
			.toInstant();
	}

	private int smsOf(long delivery) {
		return jdbc.queryForObject("select count(*) from notification_delivery where channel = 'SMS' and notification_id ="
				+ " (select notification_id from notification_delivery where id = ?)", Integer.class, delivery);
	}

	@Test
	void anAlimtalkReportedFailedFallsBackToATextOnceAndTheDeliveredTextIsShownToStaff() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		SenderFixture fixture = new SenderFixture(jdbc, server, gimhae);
		TextSender sender = fixture.sender(queue, settings, templates);
		DeliveryResults results = fixture.results(queue, settings, templates);
		try {
			fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
			fixture.template(NotificationKind.RESERVATION_APPROVED, "예약=제목", true);
			long alimtalk = fixture.queue("ALIMTALK", NotificationKind.RESERVATION_APPROVED, null);
			fixture.answer(200, SenderFixture.NHN_KAKAO_OK);
			sender.drain();
			taken();
			assertThat(fixture.status(alimtalk)).isEqualTo("ACCEPTED");

			fixture.answer(200, nhnKakao("FAILED", "3018"));
			assertThat(results.check()).isEqualTo(1);
			RecordedRequest lookUp = taken();
			assertThat(lookUp.getMethod()).isEqualTo("GET");
			assertThat(lookUp.getTarget()).isEqualTo("/alimtalk/v2.3/appkeys/kakaoKey/messages/REQ-KAKAO-1/1");
			assertThat(lookUp.getHeaders().get("X-Secret-Key")).isEqualTo("secret");
			assertThat(resultAt(alimtalk)).isEqualTo(Instant.parse("2026-12-07T01:00:09Z"));
			assertThat(jdbc.queryForMap("select status, code, problem, provider from notification_delivery where id = ?",
					alimtalk))
				.containsEntry("status", "FAILED")
				.containsEntry("code", "3018")
				.containsEntry("problem", "FELL_BACK")
				.containsEntry("provider", "NHN_CLOUD");
			assertThat(smsOf(alimtalk)).isEqualTo(1);
			assertThat(results.check()).as("a final result is not asked again").isZero();

			fixture.answer(200, SenderFixture.NHN_SMS_OK);
			assertThat(sender.drain()).isEqualTo(1);
			taken();
			fixture.answer(200, nhnText("3", "1000"));
			assertThat(results.check()).isEqualTo(1);
			assertThat(taken().getTarget()).isEqualTo("/sms/v3.0/appKeys/textKey/sender/sms/REQ-SMS-1?recipientSeq=1");
			long text = jdbc.queryForObject("select id from notification_delivery where channel = 'SMS' and notification_id ="
					+ " (select notification_id from notification_delivery where id = ?)", Long.class, alimtalk);
			assertThat(fixture.status(text)).isEqualTo("DELIVERED");
			assertThat(smsOf(alimtalk)).isEqualTo(1);
			assertThat(results.check()).isZero();
			assertThat(server.getRequestCount()).isEqualTo(4);

			mvc.perform(get("/admin/notifications").param("center", String.valueOf(gimhae))
				.session(DemoStaff.session(mvc, "gimhae")))
				.andExpect(content().string(containsString("NHN Cloud 결과 코드 3018")))
				.andExpect(content().string(containsString("알림톡을 받지 못하는 번호라서 문자로 다시 보냅니다")))
				.andExpect(content().string(containsString("휴대전화에 도착함")))
				.andExpect(content().string(containsString("결과 2026-12-07 10:01")));
		}
		finally {
			jdbc.update("delete from notification_provider_settings where center_id = ?", gimhae);
			jdbc.update("delete from notification_provider_template where center_id = ?", gimhae);
		}
	}

	@Test
	void aResultOnItsWayIsAskedAgainLaterAndAGarbageAnswerChangesNothing() throws Exception {
		SenderFixture fixture = new SenderFixture(jdbc, server, 940_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
		TextSender sender = fixture.sender(queue, settings, templates);
		DeliveryResults results = fixture.results(queue, settings, templates);
		try {
			fixture.settings(Provider.SOLAPI, "IEUM_TEST_PROVIDER_SECRET");
			long delivery = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
			fixture.answer(200, SenderFixture.SOLAPI_OK);
			sender.drain();
			taken();

			fixture.answer(200, solapiList("3000"));
			assertThat(results.check()).isEqualTo(1);
			assertThat(taken().getTarget()).isEqualTo("/messages/v4/list?criteria=messageId&value=M-SOLAPI-1&cond=eq");
			assertThat(fixture.status(delivery)).isEqualTo("ACCEPTED");
			assertThat(results.check()).as("asked again after a minute").isZero();

			fixture.clock.advance(Duration.ofSeconds(61));
			fixture.answer(200, "<html>gateway</html>");
			assertThat(results.check()).isEqualTo(1);
			assertThat(fixture.status(delivery)).isEqualTo("ACCEPTED");

			fixture.clock.advance(Duration.ofMinutes(2));
			fixture.answer(200, solapiList("4000"));
			assertThat(results.check()).isEqualTo(1);
			assertThat(jdbc.queryForMap("select status, code from notification_delivery where id = ?", delivery))
				.containsEntry("status", "DELIVERED")
				.containsEntry("code", "4000");
			assertThat(resultAt(delivery)).isEqualTo(Instant.parse("2026-12-07T01:03:00Z"));
		}
		finally {
			jdbc.update("delete from notification_provider_settings where center_id = ?", fixture.center);
		}
	}

	@Test
	void withoutAReportForADayTheAskingStopsAndStaffSeeWhy() throws Exception {
		SenderFixture fixture = new SenderFixture(jdbc, server, 941_000_000L + ThreadLocalRandom.current().nextInt(1_000_000));
		TextSender sender = fixture.sender(queue, settings, templates);
		DeliveryResults results = fixture.results(queue, settings, templates);
		try {
			fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
			long delivery = fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null);
			fixture.answer(200, SenderFixture.NHN_SMS_OK);
			sender.drain();
			for (int i = 0; i <= DeliveryResults.CHECKS.size(); i++) {
				fixture.answer(200, nhnText("2", ""));
				assertThat(results.check()).isEqualTo(1);
				fixture.clock.advance(Duration.ofHours(25));
			}
			assertThat(jdbc.queryForMap("select status, problem from notification_delivery where id = ?", delivery))
				.containsEntry("status", "ACCEPTED")
				.containsEntry("problem", "NO_REPORT");
			assertThat(results.check()).isZero();
			assertThat(server.getRequestCount()).isEqualTo(1 + DeliveryResults.CHECKS.size() + 1);
		}
		finally {
			jdbc.update("delete from notification_provider_settings where center_id = ?", fixture.center);
		}
	}
}
