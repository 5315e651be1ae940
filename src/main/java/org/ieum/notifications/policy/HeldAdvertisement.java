package org.ieum.notifications.policy;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.shared.Notification;
import org.ieum.shared.NotificationKind;

/** An advertising notification waiting out the quiet hours, as it was handed over. */
@Entity
@Table(name = "notification_held_advertising")
class HeldAdvertisement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private Long centerId;

	private long accountId;

	private String email;

	private String subject;

	@Column(length = 20000)
	private String body;

	private String link;

	private Instant dueAt;

	private Instant createdAt;

	protected HeldAdvertisement() {
	}

	HeldAdvertisement(Notification notification, long accountId, Instant dueAt, Instant now) {
		this.kind = notification.kind();
		this.centerId = notification.centerId();
		this.accountId = accountId;
		this.email = notification.email();
		this.subject = notification.subject();
		this.body = notification.body();
		this.link = notification.link();
		this.dueAt = dueAt;
		this.createdAt = now;
	}

	Notification notification() {
		return new Notification(kind, centerId, accountId, email, subject, body, link);
	}

	Long getId() {
		return id;
	}

	Instant getDueAt() {
		return dueAt;
	}
}
