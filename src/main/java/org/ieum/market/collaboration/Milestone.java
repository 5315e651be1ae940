package org.ieum.market.collaboration;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A step of a project with its due date (a Seoul day); done on a day, or overdue once its day has passed. */
@Entity
@Table(name = "market_collab_milestone")
class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private long projectId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "due_on", nullable = false)
	private LocalDate dueOn;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Milestone() {
	}

	Milestone(long projectId, String title, LocalDate dueOn, Instant now) {
		this.projectId = projectId;
		this.title = title;
		this.dueOn = dueOn;
		this.createdAt = now;
	}

	void complete(LocalDate on) {
		this.doneOn = on;
	}

	void reopen() {
		this.doneOn = null;
	}

	/** Past its due day and not done, on this Seoul day. */
	boolean overdueOn(LocalDate today) {
		return doneOn == null && dueOn.isBefore(today);
	}

	Long getId() {
		return id;
	}

	long getProjectId() {
		return projectId;
	}

	String getTitle() {
		return title;
	}

	LocalDate getDueOn() {
		return dueOn;
	}

	LocalDate getDoneOn() {
		return doneOn;
	}
}
