package org.ieum.notifications;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notification on one channel. Its idempotency key (notification and channel) is unique in
 * the database, so a notification is never delivered twice on a channel, whoever retries.
 */
@Entity
@Table(name = "notification_delivery")
class Delivery {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long notificationId;

	@Enumerated(EnumType.STRING)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	private DeliveryStatus status;

	private String recipient;

	private String code;

	private String idempotencyKey;

	/** Our own reason for a text or 알림톡 that failed before or besides the provider's code. */
	private String problem;

	private String problemDetail;

	/** The provider that took a text or 알림톡 (its codes are read with its own code table). */
	private String provider;

	/** When the provider reports the text or 알림톡 delivered or failed. */
	private Instant resultAt;

	private Instant createdAt;

	private Instant updatedAt;

	protected Delivery() {
	}

	private Delivery(long notificationId, Channel channel, DeliveryStatus status, String recipient, Instant now) {
		this.notificationId = notificationId;
		this.channel = channel;
		this.status = status;
		this.recipient = recipient;
		this.idempotencyKey = keyOf(notificationId, channel);
		this.createdAt = now;
		this.updatedAt = now;
	}

	static String keyOf(long notificationId, Channel channel) {
		return notificationId + ":" + channel;
	}

	/** An e-mail handed to the mail outbox, which sends it with its own retries. */
	static Delivery mailAccepted(long notificationId, String address, Instant now) {
		return new Delivery(notificationId, Channel.EMAIL, DeliveryStatus.ACCEPTED, address, now);
	}

	/** A text message waiting for the sender, which hands it to the center's provider. */
	static Delivery textQueued(long notificationId, String number, Instant now) {
		return new Delivery(notificationId, Channel.SMS, DeliveryStatus.QUEUED, number, now);
	}

	/** Not sent, for good, with the reason as its code (an advertisement without marketing consent). */
	static Delivery refused(long notificationId, Channel channel, String code, Instant now) {
		Delivery delivery = new Delivery(notificationId, channel, DeliveryStatus.FAILED, null, now);
		delivery.code = code;
		return delivery;
	}

	/** An in-app notice is in the person's list as soon as it is written. */
	static Delivery inAppDelivered(long notificationId, Instant now) {
		return new Delivery(notificationId, Channel.IN_APP, DeliveryStatus.DELIVERED, null, now);
	}

	/** A text or 알림톡 to a phone number, waiting for the sender. */
	static Delivery queued(long notificationId, Channel channel, String phone, Instant now) {
		return new Delivery(notificationId, channel, DeliveryStatus.QUEUED, phone, now);
	}

	void forgetRecipient() {
		recipient = null;
	}

	Long getId() {
		return id;
	}

	long getNotificationId() {
		return notificationId;
	}

	Channel getChannel() {
		return channel;
	}

	DeliveryStatus getStatus() {
		return status;
	}

	String getRecipient() {
		return recipient;
	}

	String getCode() {
		return code;
	}

	String getProblem() {
		return problem;
	}

	String getProblemDetail() {
		return problemDetail;
	}

	String getIdempotencyKey() {
		return idempotencyKey;
	}

	String getProvider() {
		return provider;
	}

	Instant getResultAt() {
		return resultAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}
}
