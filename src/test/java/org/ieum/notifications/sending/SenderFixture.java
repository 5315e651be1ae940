package org.ieum.notifications.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.ieum.shared.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * Texts and 알림톡 queued for a test center of its own, that center's provider settings pointing at a
 * local stub server, and a sender built on them with a clock the test moves.
 */
final class SenderFixture {

	static final String NHN_SMS_OK = """
			{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"},
			 "body":{"data":{"requestId":"REQ-SMS-1","statusCode":"2",
			  "sendResultList":[{"recipientNo":"01012345678","resultCode":0,"resultMessage":"SUCCESS","recipientSeq":1}]}}}""";

	static final String NHN_KAKAO_OK = """
			{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
			 "message":{"requestId":"REQ-KAKAO-1",
			  "sendResults":[{"recipientSeq":1,"recipientNo":"01012345678","resultCode":0,"resultMessage":"SUCCESS"}]}}""";

	static final String NHN_KAKAO_NOT_A_USER = """
			{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
			 "message":{"requestId":"REQ-KAKAO-2",
			  "sendResults":[{"recipientSeq":1,"recipientNo":"01012345678","resultCode":-3026,"resultMessage":"not a kakaotalk user"}]}}""";

	static final String SOLAPI_OK = """
			{"failedMessageList":[],"groupInfo":{"groupId":"G1","status":"SENDING"},
			 "messageList":[{"messageId":"M-SOLAPI-1","statusCode":"2000","statusMessage":"정상 접수","to":"01012345678","type":"LMS"}]}""";

	final JdbcTemplate jdbc;
	final MockWebServer server;
	final long center;
	final Moving clock = new Moving(Instant.parse("2026-12-07T01:00:00Z"));

	SenderFixture(JdbcTemplate jdbc, MockWebServer server, long center) {
		this.jdbc = jdbc;
		this.server = server;
		this.center = center;
	}

	void settings(Provider provider, String secretVar) {
		jdbc.update("insert into notification_provider_settings (center_id, provider, sender_number, kakao_sender, text_key,"
				+ " text_secret_var, kakao_key, kakao_secret_var, rate_per_minute, updated_at)"
				+ " values (?, ?, '0551234567', 'senderKey40', 'textKey', ?, 'kakaoKey', ?, 6000, ?)", center, provider.name(),
				secretVar, secretVar, Timestamp.from(clock.instant()));
	}

	void template(NotificationKind kind, String variables, boolean fallback) {
		jdbc.update("insert into notification_provider_template (center_id, kind, template_code, variables, sms_fallback)"
				+ " values (?, ?, 'TPL_1', ?, ?)", center, kind.name(), variables, fallback);
	}

	/** A notification with one queued delivery on the channel; its delivery id. */
	long queue(String channel, NotificationKind kind, String link) {
		String subject = "[이음] 예약 승인 " + UUID.randomUUID();
		Timestamp now = Timestamp.from(clock.instant());
		// the staff page lists a center's newest notifications first: dated ahead of now, it is on the first page
		// whatever other tests of the same context wrote before
		jdbc.update("insert into notification_message (kind, center_id, subject, body, link, created_at)"
				+ " values (?, ?, ?, '회의실 예약이 승인되었습니다.', ?, ?)", kind.name(), center, subject, link,
				Timestamp.from(java.time.Instant.now().plusSeconds(3600)));
		long notification = jdbc.queryForObject("select id from notification_message where subject = ?", Long.class, subject);
		jdbc.update("insert into notification_delivery (notification_id, channel, status, recipient, idempotency_key,"
				+ " created_at, updated_at) values (?, ?, 'QUEUED', '01012345678', ?, ?, ?)", notification, channel,
				notification + ":" + channel, now, now);
		return jdbc.queryForObject("select id from notification_delivery where idempotency_key = ?", Long.class,
				notification + ":" + channel);
	}

	String status(long delivery) {
		return jdbc.queryForObject("select status from notification_delivery where id = ?", String.class, delivery);
	}

	/** A sender that waits 1.5 s for an answer (the stub's late answers come after 5 s). */
	TextSender sender(SenderQueue queue, ProviderSettingsRepository settings, AlimtalkTemplateRepository templates) {
		return sender(queue, settings, templates, Duration.ofMillis(1500));
	}

	TextSender sender(SenderQueue queue, ProviderSettingsRepository settings, AlimtalkTemplateRepository templates,
			Duration timeout) {
		return new TextSender(queue, providers(settings, templates), new ProviderHttp(timeout, timeout), clock,
				Duration.ofSeconds(10), "https://ieum.example");
	}

	/** The job asking the stub provider for the results of what it took. */
	DeliveryResults results(SenderQueue queue, ProviderSettingsRepository settings, AlimtalkTemplateRepository templates) {
		return new DeliveryResults(queue, providers(settings, templates),
				new ProviderHttp(Duration.ofMillis(1500), Duration.ofMillis(1500)), clock);
	}

	private CenterProviders providers(ProviderSettingsRepository settings, AlimtalkTemplateRepository templates) {
		String base = server.url("/").toString();
		MockEnvironment environment = new MockEnvironment().withProperty("IEUM_TEST_PROVIDER_SECRET", "secret");
		return new CenterProviders(settings, templates, environment, new ProviderUrls(base, base, base), clock);
	}

	void answer(int code, String body) {
		server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build());
	}

	void answerTooLate(String body) {
		server.enqueue(new MockResponse.Builder().code(200).body(body).headersDelay(5, TimeUnit.SECONDS).build());
	}

	/** A clock the test moves forward. */
	static final class Moving extends Clock {

		private volatile Instant now;

		Moving(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	}
}
