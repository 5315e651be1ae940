package org.ieum.consulting.cases;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/**
 * One meeting of an expert with a client. It counts against the client's yearly hour budget
 * from the moment it is planned; going beyond needs a staff override whose reason, author and
 * time stay on the session.
 */
@Entity
@Table(name = "consulting_session")
public class ConsultingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false)
	private long requestId;

	@Column(name = "expert_id", nullable = false)
	private long expertId;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private int minutes;

	@Column(name = "budget_year", nullable = false)
	private int budgetYear;

	@Column(name = "budget_key", nullable = false)
	private String budgetKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionMode mode;

	private String content;

	@Column(name = "next_steps")
	private String nextSteps;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SessionStatus status;

	@Column(name = "override_reason")
	private String overrideReason;

	@Column(name = "override_by")
	private Long overrideBy;

	@Column(name = "override_at")
	private Instant overrideAt;

	@Column(name = "reminder_sent_at")
	private Instant reminderSentAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ConsultingSession() {
	}

	public ConsultingSession(ConsultingRequest request, long expertId, Instant startsAt, int minutes, int budgetYear,
			SessionMode mode, Instant now) {
		this.requestId = request.getId();
		this.budgetKey = request.getBudgetKey();
		this.expertId = expertId;
		this.startsAt = startsAt;
		this.minutes = minutes;
		this.endsAt = startsAt.plusSeconds(minutes * 60L);
		this.budgetYear = budgetYear;
		this.mode = mode;
		this.status = SessionStatus.PLANNED;
		this.createdAt = now;
	}

	/** Staff allowed this session beyond the yearly budget: who, when and why stay on record. */
	public void overrideBudget(String reason, long by, Instant now) {
		this.overrideReason = reason;
		this.overrideBy = by;
		this.overrideAt = now;
	}

	/** What happened and what comes next; recording it marks the session held. */
	public void record(String content, String nextSteps) {
		if (status == SessionStatus.CANCELLED) {
			throw new Refusal("consulting.error.state");
		}
		this.content = content;
		this.nextSteps = nextSteps;
		this.status = SessionStatus.DONE;
	}

	public void cancel() {
		if (status != SessionStatus.PLANNED) {
			throw new Refusal("consulting.error.state");
		}
		this.status = SessionStatus.CANCELLED;
	}

	public Long getId() {
		return id;
	}

	public long getRequestId() {
		return requestId;
	}

	public long getExpertId() {
		return expertId;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public int getMinutes() {
		return minutes;
	}

	public SessionMode getMode() {
		return mode;
	}

	public String getContent() {
		return content;
	}

	public String getNextSteps() {
		return nextSteps;
	}

	public SessionStatus getStatus() {
		return status;
	}

	public String getOverrideReason() {
		return overrideReason;
	}

	public Long getOverrideBy() {
		return overrideBy;
	}

	public Instant getOverrideAt() {
		return overrideAt;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}
}
