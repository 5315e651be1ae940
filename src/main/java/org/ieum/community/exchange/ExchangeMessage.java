package org.ieum.community.exchange;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A message from one organization to another about a post, delivered by the notification service.
 * It names organizations and people, never an e-mail address: each side shares their own contact
 * only by writing it in a message.
 */
@Entity
@Table(name = "community_exchange_message")
class ExchangeMessage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "post_id", nullable = false)
	private long postId;

	@Column(name = "sender_account_id", nullable = false)
	private long senderAccountId;

	@Column(name = "sender_organization", nullable = false, length = 200)
	private String senderOrganization;

	@Column(name = "recipient_account_id", nullable = false)
	private long recipientAccountId;

	@Column(name = "recipient_organization", nullable = false, length = 200)
	private String recipientOrganization;

	@Column(nullable = false, length = 2000)
	private String body;

	@Column(name = "reply_to")
	private Long replyTo;

	@Column(name = "sent_at", nullable = false)
	private Instant sentAt;

	protected ExchangeMessage() {
	}

	ExchangeMessage(long postId, long senderAccountId, String senderOrganization, long recipientAccountId,
			String recipientOrganization, String body, Long replyTo, Instant sentAt) {
		this.postId = postId;
		this.senderAccountId = senderAccountId;
		this.senderOrganization = senderOrganization;
		this.recipientAccountId = recipientAccountId;
		this.recipientOrganization = recipientOrganization;
		this.body = body;
		this.replyTo = replyTo;
		this.sentAt = sentAt;
	}

	/** The answer to this message goes back the other way, between the same two organizations. */
	ExchangeMessage answer(String text, Instant at) {
		return new ExchangeMessage(postId, recipientAccountId, recipientOrganization, senderAccountId, senderOrganization,
				text, id, at);
	}

	Long getId() {
		return id;
	}

	long getPostId() {
		return postId;
	}

	long getSenderAccountId() {
		return senderAccountId;
	}

	String getSenderOrganization() {
		return senderOrganization;
	}

	long getRecipientAccountId() {
		return recipientAccountId;
	}

	String getRecipientOrganization() {
		return recipientOrganization;
	}

	String getBody() {
		return body;
	}

	Instant getSentAt() {
		return sentAt;
	}
}
