package org.ieum.programs.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.shared.web.Refusal;

/** A progress or final report an awardee owes by a due date, answered on the call's report form. */
@Entity
@Table(name = "programs_report")
public class Report {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private long applicationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportKind kind;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "reminder_queued_at")
	private Instant reminderQueuedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programs_report_answer", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "field_id")
	@Column(name = "answer")
	private Map<Long, String> answers = new HashMap<>();

	protected Report() {
	}

	public Report(long applicationId, ReportKind kind, LocalDate dueOn) {
		this.applicationId = applicationId;
		this.kind = kind;
		this.dueOn = dueOn;
		this.status = ReportStatus.DUE;
	}

	public void saveAnswers(Map<Long, String> normalized) {
		requireDue();
		normalized.forEach((field, value) -> {
			if (value.isEmpty()) {
				answers.remove(field);
			}
			else {
				answers.put(field, value);
			}
		});
	}

	public void requireDue() {
		if (status != ReportStatus.DUE) {
			throw new Refusal("programs.error.reportSubmitted");
		}
	}

	public void submit(Instant now) {
		requireDue();
		status = ReportStatus.SUBMITTED;
		submittedAt = now;
	}

	/** True once: the reminder job marks the report so a re-run queues no second mail. */
	public boolean markReminded(Instant now) {
		if (reminderQueuedAt != null || status != ReportStatus.DUE) {
			return false;
		}
		reminderQueuedAt = now;
		return true;
	}

	public Long getId() {
		return id;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public ReportKind getKind() {
		return kind;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public ReportStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Map<Long, String> getAnswers() {
		return Map.copyOf(answers);
	}
}
