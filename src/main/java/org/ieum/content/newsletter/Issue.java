package org.ieum.content.newsletter;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ieum.content.board.RichText;
import org.ieum.shared.web.Refusal;

/** One issue of a center's newsletter: written as a draft, then queued to every confirmed subscriber once. */
@Entity
@Table(name = "content_newsletter_issue")
class Issue {

	enum Status {
		DRAFT, SENDING, SENT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 200)
	private String subject;

	@Column(name = "intro_html", nullable = false, length = 20000)
	private String introHtml;

	@Column(name = "intro_text", nullable = false, length = 20000)
	private String introText;

	@Column(name = "post_ids", nullable = false, length = 1000)
	private String postIds;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	/** Messages queued so far. */
	@Column(nullable = false)
	private int queued;

	/** The last subscriber queued: queueing resumes after it if it was interrupted. */
	@Column(name = "last_subscriber", nullable = false)
	private long lastSubscriber;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sending_at")
	private Instant sendingAt;

	@Column(name = "due_at")
	private Instant dueAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected Issue() {
	}

	Issue(long centerId, String subject, RichText.Body intro, List<Long> posts, Long createdBy, Instant now) {
		this.centerId = centerId;
		this.status = Status.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		revise(subject, intro, posts);
	}

	void revise(String subject, RichText.Body intro, List<Long> posts) {
		if (status != Status.DRAFT) {
			throw new Refusal("content.newsletter.error.alreadySent");
		}
		this.subject = subject;
		this.introHtml = intro.html();
		this.introText = intro.text();
		this.postIds = posts.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	/** Sending starts now; during the quiet hours nothing is queued before {@code dueAt} (08:00). */
	void startSending(Instant now, Instant dueAt) {
		if (status != Status.DRAFT) {
			throw new Refusal("content.newsletter.error.alreadySent");
		}
		status = Status.SENDING;
		sendingAt = now;
		this.dueAt = dueAt.isAfter(now) ? dueAt : null;
	}

	/** Whether the issue waits out the quiet hours at this moment. */
	boolean waitsAt(Instant now) {
		return dueAt != null && dueAt.isAfter(now);
	}

	Instant getDueAt() {
		return dueAt;
	}

	void queuedUpTo(long subscriberId, int count) {
		lastSubscriber = subscriberId;
		queued += count;
	}

	void finished(Instant now) {
		status = Status.SENT;
		sentAt = now;
	}

	/** The tag of this issue's messages in the mail outbox. */
	String outboxTag() {
		return "newsletter-issue:" + id;
	}

	List<Long> postIdList() {
		return postIds.isEmpty() ? List.of() : Arrays.stream(postIds.split(",")).map(Long::valueOf).toList();
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getSubject() {
		return subject;
	}

	String getIntroHtml() {
		return introHtml;
	}

	String getIntroText() {
		return introText;
	}

	Status getStatus() {
		return status;
	}

	int getQueued() {
		return queued;
	}

	long getLastSubscriber() {
		return lastSubscriber;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getSentAt() {
		return sentAt;
	}
}
