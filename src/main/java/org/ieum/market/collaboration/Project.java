package org.ieum.market.collaboration;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A collaboration project of a center: what the organizations build together, its budget and period. */
@Entity
@Table(name = "market_collab_project")
class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(nullable = false, length = 100)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectKind kind;

	@Column(length = 2000)
	private String goal;

	@Column(name = "support_won", nullable = false)
	private long supportWon;

	@Column(name = "own_won", nullable = false)
	private long ownWon;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ProjectStatus status;

	@Column(name = "source_call_id")
	private Long sourceCallId;

	@Column(name = "source_application_id")
	private Long sourceApplicationId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected Project() {
	}

	Project(long centerId, Projects.Plan plan, Instant now) {
		this.centerId = centerId;
		this.status = ProjectStatus.ACTIVE;
		this.createdAt = now;
		change(plan);
	}

	/** A draft from a program award: the call's title, starting on the day the results were published. */
	static Project fromAward(long centerId, String title, LocalDate startsOn, long callId, long applicationId,
			Instant now) {
		Project project = new Project();
		project.centerId = centerId;
		project.title = title.length() > 100 ? title.substring(0, 100) : title;
		project.kind = ProjectKind.PRODUCT;
		project.startsOn = startsOn;
		project.status = ProjectStatus.DRAFT;
		project.sourceCallId = callId;
		project.sourceApplicationId = applicationId;
		project.createdAt = now;
		return project;
	}

	/** Staff's edit; saving a draft makes it an active project. */
	void change(Projects.Plan plan) {
		this.title = plan.title();
		this.kind = plan.kind();
		this.goal = plan.goal();
		this.supportWon = plan.supportWon();
		this.ownWon = plan.ownWon();
		this.startsOn = plan.startsOn();
		this.endsOn = plan.endsOn();
		this.status = ProjectStatus.ACTIVE;
	}

	Long getId() {
		return id;
	}

	long getCenterId() {
		return centerId;
	}

	String getTitle() {
		return title;
	}

	ProjectKind getKind() {
		return kind;
	}

	String getGoal() {
		return goal;
	}

	long getSupportWon() {
		return supportWon;
	}

	long getOwnWon() {
		return ownWon;
	}

	LocalDate getStartsOn() {
		return startsOn;
	}

	LocalDate getEndsOn() {
		return endsOn;
	}

	ProjectStatus getStatus() {
		return status;
	}

	Long getSourceCallId() {
		return sourceCallId;
	}
}
