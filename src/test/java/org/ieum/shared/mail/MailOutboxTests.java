package org.ieum.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;

import org.ieum.shared.MailOutbox;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

@IeumSpringTest
class MailOutboxTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMessages messages;

	@Autowired
	OutboxMessageRepository repository;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	GreenMail greenMail;

	private long queue(String to) {
		outbox.queueNow(to, "[이음] 시험 메일", "한글 본문입니다.");
		return messages.list(to, PageRequest.of(0, 1)).getContent().get(0).id();
	}

	@Test
	void aQueuedMessageIsDeliveredOverSmtpWithKoreanIntact() throws Exception {
		long id = queue("delivered@example.kr");
		messages.send(id);
		assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
		var received = Arrays.stream(greenMail.getReceivedMessages())
			.filter(m -> {
				try {
					return m.getAllRecipients()[0].toString().equals("delivered@example.kr");
				}
				catch (Exception ex) {
					return false;
				}
			}).findFirst().orElseThrow();
		assertThat(received.getSubject()).isEqualTo("[이음] 시험 메일");
		assertThat(received.getContent().toString()).contains("한글 본문입니다.");
	}

	@Test
	void whenTheMailServerIsDownTheMessageWaitsAndIsRetriedLater() {
		long id = queue("mail-down@example.kr");
		JavaMailSenderImpl broken = new JavaMailSenderImpl();
		broken.setHost("127.0.0.1");
		broken.setPort(1);
		MailProperties properties = new MailProperties();
		properties.setHost("127.0.0.1");
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", broken);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		OutboxMessages down = new OutboxMessages(repository, beans.getBeanProvider(JavaMailSender.class), properties, tx,
				Clock.fixed(now, ZoneOffset.UTC), "no-reply@ieum.local");

		down.send(id);

		OutboxView after = messages.find(id).orElseThrow();
		assertThat(after.status()).isEqualTo(OutboxMessage.Status.PENDING);
		assertThat(after.attempts()).isEqualTo(1);
		assertThat(after.lastError()).isNotBlank();
		assertThat(after.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));

		messages.send(id);
		assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
	}

	@Test
	void withoutAnSmtpHostMessagesAreHeldForTheAdministrator() {
		long id = queue("held@example.kr");
		OutboxMessages local = new OutboxMessages(repository, new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
				new MailProperties(), tx, Clock.systemUTC(), "no-reply@ieum.local");
		local.send(id);
		assertThat(messages.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.HELD);
	}
}
