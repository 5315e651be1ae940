package org.ieum.notifications.sending;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ieum.shared.NotificationKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The queue of texts and 알림톡 waiting to be sent, on the delivery records. A delivery is claimed by a
 * conditional update (queued → sending), so of two runs or two nodes only one sends it; what the
 * provider answered and the delivery's new state are written in one transaction.
 */
@Component
class SenderQueue {

	private static final String DUE = " d.status = 'QUEUED' and d.channel in ('SMS', 'ALIMTALK')"
			+ " and (d.next_attempt_at is null or d.next_attempt_at <= ?)";

	private final JdbcTemplate jdbc;
	private final TransactionTemplate tx;

	SenderQueue(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.tx = new TransactionTemplate(transactions);
	}

	/** Centers with texts or 알림톡 due now (a notification without a center has no provider: it waits). */
	List<Long> centersWithDue(Instant now) {
		return jdbc.queryForList("select distinct m.center_id from notification_delivery d join notification_message m"
				+ " on m.id = d.notification_id where m.center_id is not null and" + DUE, Long.class, ts(now));
	}

	List<Long> due(long centerId, Instant now, int limit) {
		return jdbc.queryForList("select d.id from notification_delivery d join notification_message m on m.id = d.notification_id"
				+ " where m.center_id = ? and" + DUE + " order by d.id fetch first " + limit + " rows only", Long.class,
				centerId, ts(now));
	}

	/** Takes the delivery for this run, or nothing when another run took it or it is no longer due. */
	Optional<Claimed> claim(long id, Instant now, Duration hold) {
		int taken = jdbc.update("update notification_delivery set status = 'SENDING', claimed_until = ?,"
				+ " attempts = attempts + 1, first_sent_at = coalesce(first_sent_at, ?), updated_at = ?"
				+ " where id = ? and status = 'QUEUED' and (next_attempt_at is null or next_attempt_at <= ?)",
				ts(now.plus(hold)), ts(now), ts(now), id, ts(now));
		return taken == 1 ? Optional.of(load(id)) : Optional.empty();
	}

	/** Claims whose run never finished (a node stopped mid-request): what became of them is unknown. */
	List<Claimed> abandoned(Instant now) {
		return jdbc.queryForList("select id from notification_delivery where status = 'SENDING' and claimed_until < ?",
				Long.class, ts(now)).stream().map(this::load).toList();
	}

	private Claimed load(long id) {
		return jdbc.queryForObject("select d.id, d.notification_id, d.channel, d.recipient, d.idempotency_key, d.attempts,"
				+ " d.first_sent_at, m.center_id, m.kind, m.subject, m.body, m.link from notification_delivery d"
				+ " join notification_message m on m.id = d.notification_id where d.id = ?",
				(rs, n) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getInt(6), rs.getTimestamp(7).toInstant(), rs.getLong(8), NotificationKind.valueOf(rs.getString(9)),
						rs.getString(10), rs.getString(11), rs.getString(12)),
				id);
	}

	/**
	 * Writes the request and what it answered, and the delivery's new state, in one transaction; a
	 * refused 알림톡 whose kind allows it queues a text under its own key (once: the key is unique).
	 */
	void settle(Claimed claimed, Provider provider, ProviderResult result, AttemptRules.Decision decision, Instant now) {
		tx.executeWithoutResult(status -> {
			jdbc.update("insert into notification_attempt (delivery_id, attempted_at, provider, outcome, code, message_id)"
					+ " values (?, ?, ?, ?, ?, ?)", claimed.id(), ts(now), provider.name(), result.outcome().name(),
					cut(result.code()), cut(result.messageId()));
			finish(claimed, decision, result.code(), result.messageId(), now);
			jdbc.update("update notification_delivery set provider = ? where id = ?", provider.name(), claimed.id());
		});
	}

	/** A delivery that cannot be sent as it stands (no template, a variable without a value): no request. */
	void failWithoutSending(Claimed claimed, String problem, String detail, boolean queueText, Instant now) {
		tx.executeWithoutResult(status -> finish(claimed,
				new AttemptRules.Decision("FAILED", null, problem, detail, queueText), null, null, now));
	}

	private void finish(Claimed claimed, AttemptRules.Decision decision, String code, String messageId, Instant now) {
		jdbc.update("update notification_delivery set status = ?, next_attempt_at = ?, claimed_until = null, code = ?,"
				+ " provider_message_id = coalesce(?, provider_message_id), problem = ?, problem_detail = ?, updated_at = ?"
				+ " where id = ? and status = 'SENDING'", decision.status(), ts(decision.nextAttemptAt()), cut(code),
				cut(messageId), decision.problem(), cut(decision.detail()), ts(now), claimed.id());
		if (decision.queueText()) {
			queueTextInstead(claimed.notificationId(), claimed.recipient(), now);
		}
	}

	/** A text in place of a 알림톡 that did not arrive; once, the key being unique. */
	private void queueTextInstead(long notificationId, String recipient, Instant now) {
		String key = notificationId + ":SMS";
		jdbc.update("insert into notification_delivery (notification_id, channel, status, recipient, idempotency_key,"
				+ " created_at, updated_at) select ?, 'SMS', 'QUEUED', ?, ?, ?, ? from notification_message where id = ?"
				+ " and not exists (select 1 from notification_delivery where idempotency_key = ?)",
				notificationId, recipient, key, ts(now), ts(now), notificationId, key);
	}

	private static final String REPORT_DUE = " d.status = 'ACCEPTED' and d.channel in ('SMS', 'ALIMTALK')"
			+ " and d.provider_message_id is not null and d.problem is null and m.center_id is not null"
			+ " and (d.next_check_at is null or d.next_check_at <= ?)";

	/** Centers with texts or 알림톡 the provider took whose result is to be asked now. */
	List<Long> centersWithReportsDue(Instant now) {
		return jdbc.queryForList("select distinct m.center_id from notification_delivery d join notification_message m"
				+ " on m.id = d.notification_id where" + REPORT_DUE, Long.class, ts(now));
	}

	List<Accepted> reportsDue(long centerId, Instant now, int limit) {
		return jdbc.query("select d.id, d.notification_id, d.channel, d.recipient, d.provider_message_id, d.result_checks,"
				+ " m.kind, m.subject, m.body from notification_delivery d join notification_message m on m.id = d.notification_id"
				+ " where m.center_id = ? and" + REPORT_DUE + " order by d.id fetch first " + limit + " rows only",
				(rs, n) -> new Accepted(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getInt(6), NotificationKind.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9)),
				centerId, ts(now));
	}

	/**
	 * Writes what the provider reported. Delivered or failed is final (only from accepted, so a report
	 * is applied once); a failed 알림톡 whose kind allows it queues a text, once. Still on its way, or a
	 * look-up that failed: asked again at {@code nextCheck}, or, when there is none, left with the
	 * reason that no report came.
	 */
	void report(Accepted accepted, DeliveryReport report, boolean fallback, Instant nextCheck, Instant now) {
		tx.executeWithoutResult(status -> {
			switch (report.state()) {
				case DELIVERED, FAILED -> {
					boolean failed = report.state() == DeliveryReport.State.FAILED;
					boolean textInstead = failed && fallback && "ALIMTALK".equals(accepted.channel());
					int changed = jdbc.update("update notification_delivery set status = ?, code = ?, result_at = ?,"
							+ " problem = ?, next_check_at = null, result_checks = result_checks + 1, updated_at = ?"
							+ " where id = ? and status = 'ACCEPTED'", failed ? "FAILED" : "DELIVERED", cut(report.code()),
							ts(report.at() != null ? report.at() : now), textInstead ? "FELL_BACK" : null, ts(now),
							accepted.id());
					if (changed == 1 && textInstead) {
						queueTextInstead(accepted.notificationId(), accepted.recipient(), now);
					}
				}
				case PENDING, UNREADABLE -> jdbc.update("update notification_delivery set result_checks = result_checks + 1,"
						+ " next_check_at = ?, problem = ?, problem_detail = ?, updated_at = ?"
						+ " where id = ? and status = 'ACCEPTED'", ts(nextCheck), nextCheck == null ? "NO_REPORT" : null,
						nextCheck == null ? cut(report.code()) : null, ts(now), accepted.id());
			}
		});
	}

	/** A text or 알림톡 the provider took, waiting for its result. */
	record Accepted(long id, long notificationId, String channel, String recipient, String messageId, int checks,
			NotificationKind kind, String subject, String body) {
	}

	private static Timestamp ts(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}

	private static String cut(String text) {
		return text == null || text.length() <= 100 ? text : text.substring(0, 100);
	}

	/** A delivery this run holds, with what the notification says. */
	record Claimed(long id, long notificationId, String channel, String recipient, String key, int attempts,
			Instant firstSentAt, long centerId, NotificationKind kind, String subject, String body, String link) {
	}
}
