package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.ieum.shared.NotificationKind;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL: two sender runs at the same moment (two nodes) over the same queue send each text
 * exactly once, each recorded once as accepted.
 */
@IeumPostgresTest
class TextSenderPostgresTests {

	private static final int DELIVERIES = 40;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SenderQueue queue;

	@Autowired
	ProviderSettingsRepository settings;

	@Autowired
	AlimtalkTemplateRepository templates;

	@Test
	void twoRunsAtOnceSendEachDeliveryOnce() throws Exception {
		try (MockWebServer server = new MockWebServer()) {
			server.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
						.body(SenderFixture.NHN_SMS_OK).build();
				}
			});
			server.start();
			SenderFixture fixture = new SenderFixture(jdbc, server, 940_000_123L);
			fixture.settings(Provider.NHN_CLOUD, "IEUM_TEST_PROVIDER_SECRET");
			List<Long> deliveries = new ArrayList<>();
			for (int i = 0; i < DELIVERIES; i++) {
				deliveries.add(fixture.queue("SMS", NotificationKind.RESERVATION_APPROVED, null));
			}
			// a long wait: on a loaded machine a slow answer must not count as a lost one here
			TextSender one = fixture.sender(queue, settings, templates, java.time.Duration.ofSeconds(20));
			TextSender two = fixture.sender(queue, settings, templates, java.time.Duration.ofSeconds(20));

			ExecutorService pool = Executors.newFixedThreadPool(2);
			CountDownLatch go = new CountDownLatch(1);
			try {
				Future<Integer> first = pool.submit(() -> {
					go.await();
					return one.drain();
				});
				Future<Integer> second = pool.submit(() -> {
					go.await();
					return two.drain();
				});
				go.countDown();
				assertThat(first.get(60, TimeUnit.SECONDS) + second.get(60, TimeUnit.SECONDS)).isEqualTo(DELIVERIES);
			}
			finally {
				pool.shutdownNow();
			}

			List<String> keys = new ArrayList<>();
			for (int i = 0; i < server.getRequestCount(); i++) {
				keys.add(ProviderHttp.JSON.readTree(server.takeRequest().getBody().utf8()).path("senderGroupingKey").asString());
			}
			assertThat(keys).hasSize(DELIVERIES).doesNotHaveDuplicates();
			for (long delivery : deliveries) {
				assertThat(fixture.status(delivery)).isEqualTo("ACCEPTED");
				assertThat(jdbc.queryForObject("select count(*) from notification_attempt where delivery_id = ?",
						Integer.class, delivery)).isEqualTo(1);
			}
			jdbc.update("delete from notification_provider_settings where center_id = ?", fixture.center);
		}
	}
}
