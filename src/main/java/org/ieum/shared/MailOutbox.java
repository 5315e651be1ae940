package org.ieum.shared;

import java.time.Clock;
import java.util.Map;

import org.ieum.shared.mail.OutboxMessages;
import org.ieum.shared.mail.OutboxTally;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues a mail in the same transaction as the action that causes it. The action never
 * fails because mail is down: a scheduled sender delivers later, with retries.
 */
@Service
public class MailOutbox {

	private final OutboxMessages messages;
	private final Clock clock;

	MailOutbox(OutboxMessages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, String subject, String body) {
		messages.enqueue(to, subject, body, false, clock.instant());
	}

	/** Like {@link #queue}, for a body with a secret in it: the body is erased once delivered. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queueSecret(String to, String subject, String body) {
		messages.enqueue(to, subject, body, true, clock.instant());
	}

	/** For actions that have no transaction of their own. */
	@Transactional
	public void queueNow(String to, String subject, String body) {
		messages.enqueue(to, subject, body, false, clock.instant());
	}

	/**
	 * Like {@link #queue}, with extra mail headers (for example {@code List-Unsubscribe}) and a
	 * tag that groups the messages of one mailing for {@link #tally}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, String subject, String body, Map<String, String> headers, String tag) {
		messages.enqueue(to, subject, body, headers, tag, clock.instant());
	}

	/** How the messages queued under a tag stand now. */
	@Transactional(readOnly = true)
	public OutboxTally tally(String tag) {
		return messages.tally(tag);
	}

	/** Removes an address and its message bodies from the outbox, when its owner deletes their account. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void forgetRecipient(String address, String anonymousAddress) {
		messages.forgetRecipient(address, anonymousAddress);
	}
}
