package org.ieum.notifications;

import java.time.Clock;
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

/** A notification as it was handed over; for a known account also its in-app notice, read or not. */
@Entity
@Table(name = "notification_message")
class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private NotificationKind kind;

	private Long centerId;

	private Long accountId;

	private String email;

	private String subject;

	@Column(length = 20000)
	private String body;

	private String link;

	/** The number of a text addressed to a number (a verification code): such a text is no in-app notice. */
	private String phone;

	private Instant createdAt;

	private Instant readAt;

	protected Notice() {
	}

	Notice(Notification notification, Long accountId, Instant now) {
		this.kind = notification.kind();
		this.centerId = notification.centerId();
		this.accountId = accountId;
		this.email = blankToNull(notification.email());
		this.subject = notification.subject();
		this.body = notification.body();
		this.link = safeLink(notification.link());
		this.phone = blankToNull(notification.phone());
		this.createdAt = now;
	}

	/** Only a path of this site is kept: the in-app list never links elsewhere. */
	private static String safeLink(String link) {
		return link != null && link.startsWith("/") && !link.startsWith("//") ? link : null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The account was deleted: nothing is kept that names or reaches the person. */
	void forget() {
		accountId = null;
		email = null;
		phone = null;
		body = "";
	}

	void markRead(Clock clock) {
		if (readAt == null) {
			readAt = clock.instant();
		}
	}

	Long getId() {
		return id;
	}

	NotificationKind getKind() {
		return kind;
	}

	Long getCenterId() {
		return centerId;
	}

	Long getAccountId() {
		return accountId;
	}

	String getEmail() {
		return email;
	}

	String getSubject() {
		return subject;
	}

	String getBody() {
		return body;
	}

	String getLink() {
		return link;
	}

	String getPhone() {
		return phone;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getReadAt() {
		return readAt;
	}
}
