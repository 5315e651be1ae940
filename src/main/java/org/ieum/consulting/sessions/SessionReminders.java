package org.ieum.consulting.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.ConsultingSession;
import org.ieum.consulting.cases.ConsultingSessionRepository;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.cases.SessionStatus;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.Seoul;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails client and expert the day before a session (Seoul calendar). The session's
 * reminder_sent_at is set by a conditional update in the transaction that queues the mail:
 * only the run whose update changed the row sends, so running hourly, twice, or on two
 * nodes never sends a reminder twice.
 */
@Component
public class SessionReminders {

	private static final Logger log = LoggerFactory.getLogger(SessionReminders.class);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ConsultingSessionRepository sessions;
	private final ConsultingRequestRepository requests;
	private final ExpertRepository experts;
	private final Notifier notifier;
	private final MessageSource messages;
	private final TransactionTemplate tx;
	private final String baseUrl;
	private final Clock clock;

	public SessionReminders(ConsultingSessionRepository sessions, ConsultingRequestRepository requests,
			ExpertRepository experts, Notifier notifier, MessageSource messages, TransactionTemplate tx,
			@Value("${ieum.base-url}") String baseUrl, Clock clock) {
		this.sessions = sessions;
		this.requests = requests;
		this.experts = experts;
		this.notifier = notifier;
		this.messages = messages;
		this.tx = tx;
		this.baseUrl = baseUrl;
		this.clock = clock;
	}

	@SchedulerLock(name = "consulting-session-reminders", lockAtLeastFor = "PT1M")
	@Scheduled(cron = "${ieum.consulting.reminder-cron:0 0 * * * *}", zone = "Asia/Seoul")
	public void run() {
		int sent = sendDue();
		if (sent > 0) {
			log.info("Queued {} consulting session reminders", sent);
		}
	}

	/** Reminds every planned session that takes place tomorrow (Seoul) and was not reminded yet. */
	public int sendDue() {
		LocalDate tomorrow = Seoul.today(clock).plusDays(1);
		Instant from = tomorrow.atStartOfDay(Seoul.ZONE).toInstant();
		Instant to = tomorrow.plusDays(1).atStartOfDay(Seoul.ZONE).toInstant().minusNanos(1);
		int sent = 0;
		for (ConsultingSession due : sessions.findByStatusAndReminderSentAtIsNullAndStartsAtBetween(SessionStatus.PLANNED,
				from, to)) {
			Boolean done = tx.execute(s -> remind(due.getId()));
			sent += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return sent;
	}

	private boolean remind(long sessionId) {
		if (sessions.markReminded(sessionId, clock.instant()) != 1) {
			return false;
		}
		ConsultingSession session = sessions.findById(sessionId).orElseThrow();
		ConsultingRequest request = requests.findById(session.getRequestId()).orElseThrow();
		Expert expert = experts.findById(session.getExpertId()).orElseThrow();
		String mode = messages.getMessage("consulting.mode." + session.getMode(), null, Locale.KOREAN);
		Object[] client = { request.getTitle(), WHEN.format(Seoul.at(session.getStartsAt())), session.getMinutes(), mode,
				expert.getName(), baseUrl + "/my/consulting/" + request.getId() };
		send(request.getCenterId(), request.getClientEmail(), "/my/consulting/" + request.getId(), client);
		Object[] forExpert = { request.getTitle(), WHEN.format(Seoul.at(session.getStartsAt())), session.getMinutes(),
				mode, request.getClientName(), baseUrl + "/my/assignments/" + request.getId() };
		send(request.getCenterId(), expert.getEmail(), "/my/assignments/" + request.getId(), forExpert);
		return true;
	}

	private void send(long centerId, String to, String path, Object[] args) {
		if (to == null) {
			return;
		}
		notifier.send(Notification.to(to, NotificationKind.CONSULTING_SESSION_REMINDER, centerId,
				messages.getMessage("consulting.mail.reminder.subject", args, Locale.KOREAN),
				messages.getMessage("consulting.mail.reminder.body", args, Locale.KOREAN), path));
	}
}
