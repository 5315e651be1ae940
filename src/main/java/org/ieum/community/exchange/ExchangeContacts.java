package org.ieum.community.exchange;

import java.time.Clock;
import java.util.Locale;

import org.ieum.enterprises.OrganizationSummary;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;
import org.ieum.shared.Notifier;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages between organizations about a post, through Ieum: a manager writes to the poster, the
 * poster answers, and so on. Each message reaches its recipient through the {@link Notifier} (an
 * in-app notice and, when they verified one, their e-mail) and names the sender's organization and
 * display name, never an address: each side shares their own contact only by writing it.
 */
@Service
@Transactional
public class ExchangeContacts {

	static final int MESSAGE_MAX = 2000;

	private final ExchangePostRepository posts;
	private final ExchangeMessageRepository messages;
	private final ExchangeAccess access;
	private final Notifier notifier;
	private final MessageSource texts;
	private final IdentityApi identity;
	private final Clock clock;

	ExchangeContacts(ExchangePostRepository posts, ExchangeMessageRepository messages, ExchangeAccess access,
			Notifier notifier, MessageSource texts, IdentityApi identity, Clock clock) {
		this.posts = posts;
		this.messages = messages;
		this.access = access;
		this.notifier = notifier;
		this.texts = texts;
		this.identity = identity;
		this.clock = clock;
	}

	/** A manager of an organization writes to the poster of a visible post (not their own). */
	public void contact(long centerId, long postId, Long organizationId, String body, CurrentUser me) {
		ExchangePost post = posts.findById(postId).filter(p -> p.getCenterId() == centerId && !p.hidden())
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
		OrganizationSummary organization = access.speakingFor(me, organizationId);
		if (post.writtenBy(me.accountId())) {
			throw new Refusal("community.exchange.error.ownPost");
		}
		ExchangeMessage message = messages.save(new ExchangeMessage(post.getId(), me.accountId(), organization.name(),
				post.getAuthorAccountId(), post.getOrganizationName(), text(body), null, clock.instant()));
		deliver(message, post, me);
	}

	/** The recipient of a message answers it; the answer goes back to its sender. */
	public void reply(long messageId, String body, CurrentUser me) {
		ExchangeMessage received = messages.findById(messageId)
			.filter(m -> m.getRecipientAccountId() == me.accountId())
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noMessage"));
		ExchangePost post = posts.findById(received.getPostId())
			.orElseThrow(() -> Refusal.notFound("community.exchange.error.noPost"));
		ExchangeMessage answer = messages.save(received.answer(text(body), clock.instant()));
		deliver(answer, post, me);
	}

	private static String text(String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty() || text.length() > MESSAGE_MAX) {
			throw new Refusal("community.exchange.error.message");
		}
		return text;
	}

	private void deliver(ExchangeMessage message, ExchangePost post, CurrentUser me) {
		Object[] args = { message.getSenderOrganization(), me.displayName(), post.getTitle(), message.getBody(),
				message.getRecipientOrganization() };
		String to = identity.verifiedEmailOf(message.getRecipientAccountId()).orElse(null);
		notifier.send(new Notification(NotificationKind.EXCHANGE_MESSAGE, post.getCenterId(),
				message.getRecipientAccountId(), to,
				texts.getMessage("community.exchange.mail.subject", args, Locale.KOREAN),
				texts.getMessage("community.exchange.mail.body", args, Locale.KOREAN), "/my/exchange"));
	}
}
