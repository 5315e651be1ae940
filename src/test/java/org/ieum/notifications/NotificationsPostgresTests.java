package org.ieum.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On PostgreSQL: a notification's deliveries, the bell's count and the lists read what was
 * written, and the database itself refuses a second delivery of a notification on a channel.
 */
@IeumPostgresTest
class NotificationsPostgresTests {

	@Autowired
	NotificationsApi notifications;

	@Autowired
	NoticeRepository notices;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aNotificationIsDeliveredOncePerChannelAndTheListsAndCountReadIt() {
		long account = jdbc.queryForObject("select id from identity_account where email = 'citizen@ieum.example'", Long.class);
		long center = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long unreadBefore = notices.countByAccountIdAndReadAtIsNull(account);
		String subject = "[이음] PG 알림 " + UUID.randomUUID();

		tx.executeWithoutResult(s -> notifications.send(Notification.to("citizen@ieum.example",
				NotificationKind.TENANT_REPORT_DUE, center, subject, "본문", "/my/incubation")));

		long id = jdbc.queryForObject("select id from notification_message where subject = ?", Long.class, subject);
		assertThat(notices.countByAccountIdAndReadAtIsNull(account)).isEqualTo(unreadBefore + 1);
		assertThat(notices.findByAccountIdOrderByCreatedAtDescIdDesc(account, PageRequest.of(0, 5)).getContent())
			.extracting(Notice::getSubject).contains(subject);
		assertThat(notices.findByCenterIdOrderByCreatedAtDescIdDesc(center, PageRequest.of(0, 5)).getContent())
			.extracting(Notice::getSubject).contains(subject);
		assertThat(jdbc.queryForList("select channel from notification_delivery where notification_id = ? order by channel",
				String.class, id)).containsExactly("EMAIL", "IN_APP");

		assertThatThrownBy(() -> jdbc.update("insert into notification_delivery (notification_id, channel, status,"
				+ " idempotency_key, created_at, updated_at) values (?, 'EMAIL', 'ACCEPTED', ?, now(), now())", id,
				id + ":EMAIL")).isInstanceOf(DataIntegrityViolationException.class);
	}
}
