package org.ieum.shared.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The outbox table and its sender. Each message is sent in its own short transaction so
 * that one broken address never holds back the others.
 */
@Service
public class OutboxMessages {

	/** Messages tried per run of the scheduled sender. */
	private static final int BATCH = 50;

	private static final Logger log = LoggerFactory.getLogger(OutboxMessages.class);

	private final OutboxMessageRepository repository;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final MailProperties mailProperties;
	private final TransactionTemplate tx;
	private final Clock clock;
	private final String from;

	OutboxMessages(OutboxMessageRepository repository, ObjectProvider<JavaMailSender> mailSender,
			MailProperties mailProperties, TransactionTemplate tx, Clock clock,
			@Value("${ieum.mail.from}") String from) {
		this.repository = repository;
		this.mailSender = mailSender;
		this.mailProperties = mailProperties;
		this.tx = tx;
		this.clock = clock;
		this.from = from;
	}

	public void enqueue(String to, String subject, String body, boolean sensitive, Instant now) {
		repository.save(new OutboxMessage(to, subject, body, sensitive, now));
	}

	/** A message with extra headers, counted under a tag (one mailing's messages). */
	public void enqueue(String to, String subject, String body, java.util.Map<String, String> headers, String tag,
			Instant now) {
		repository.save(new OutboxMessage(to, subject, body, headers, tag, now));
	}

	/** How the messages of one mailing stand: waiting (or held), delivered, given up. */
	public OutboxTally tally(String tag) {
		long pending = 0;
		long sent = 0;
		long failed = 0;
		for (Object[] row : repository.countByStatus(tag)) {
			long count = ((Number) row[1]).longValue();
			switch ((OutboxMessage.Status) row[0]) {
				case SENT -> sent += count;
				case FAILED -> failed += count;
				default -> pending += count;
			}
		}
		return new OutboxTally(pending, sent, failed);
	}

	/** Anonymizes every message to this address (account deletion). */
	public void forgetRecipient(String address, String anonymousAddress) {
		repository.findByRecipientIgnoreCase(address).forEach(m -> m.forgetRecipient(anonymousAddress));
	}

	public boolean deliveryConfigured() {
		return StringUtils.hasText(mailProperties.getHost()) && mailSender.getIfAvailable() != null;
	}

	@SchedulerLock(name = "shared-mail-outbox")
	@Scheduled(initialDelayString = "${ieum.mail.initial-delay:5s}", fixedDelayString = "${ieum.mail.poll-interval:10s}")
	public int sendDue() {
		List<Long> due = repository.findDueIds(clock.instant(), PageRequest.of(0, BATCH));
		due.forEach(this::send);
		return due.size();
	}

	/**
	 * Sends batches until nothing is due (a failed message waits for its retry time, so this
	 * ends), for a caller that must not wait for the scheduler's next runs.
	 */
	public void sendAllDue() {
		for (int round = 0; round < 1_000 && sendDue() == BATCH; round++) {
			// a full batch may mean more are waiting
		}
	}

	/** Tries to deliver one message now; a failure is recorded on the message, never thrown. */
	void send(long id) {
		tx.executeWithoutResult(status -> repository.findById(id)
			.filter(m -> m.getStatus() == OutboxMessage.Status.PENDING)
			.ifPresent(this::deliver));
	}

	private void deliver(OutboxMessage message) {
		if (!deliveryConfigured()) {
			message.held();
			return;
		}
		try {
			JavaMailSender sender = mailSender.getObject();
			MimeMessage mime = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(message.getRecipient());
			helper.setSubject(message.getSubject());
			helper.setText(message.getBody(), false);
			for (var header : message.extraHeaders().entrySet()) {
				mime.setHeader(header.getKey(), header.getValue());
			}
			sender.send(mime);
			message.delivered(clock.instant());
		}
		catch (Exception ex) {
			log.warn("Mail {} failed (attempt {}): {}", message.getId(), message.getAttempts() + 1, ex.getMessage());
			message.attemptFailed(ex.getMessage(), clock.instant());
		}
	}

	public Page<OutboxView> list(String recipient, Pageable page) {
		Page<OutboxMessage> found = StringUtils.hasText(recipient)
				? repository.findByRecipientContainingIgnoreCaseOrderByIdDesc(recipient.trim(), page)
				: repository.findAllByOrderByIdDesc(page);
		return found.map(OutboxView::of);
	}

	public Optional<OutboxView> find(long id) {
		return repository.findById(id).map(OutboxView::of);
	}

	public void retry(long id) {
		tx.executeWithoutResult(s -> repository.findById(id).ifPresent(m -> m.retry(clock.instant())));
	}
}
