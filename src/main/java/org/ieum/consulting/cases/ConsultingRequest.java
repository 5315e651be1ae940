package org.ieum.consulting.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;

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

/** One request through the one window, from submission to the client's rating. */
@Entity
@Table(name = "consulting_request")
public class ConsultingRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Column(name = "client_account_id")
	private Long clientAccountId;

	@Column(name = "client_name", nullable = false)
	private String clientName;

	@Column(name = "client_email")
	private String clientEmail;

	@Column(name = "organization_id")
	private Long organizationId;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(name = "budget_key", nullable = false)
	private String budgetKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ConsultingField field;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(name = "preferred_days", nullable = false)
	private String preferredDays;

	@Column(name = "preferred_times")
	private String preferredTimes;

	@Column(nullable = false)
	private int people;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	@Column(name = "expert_id")
	private Long expertId;

	@Column(name = "assigned_at")
	private Instant assignedAt;

	@Column(name = "decline_note")
	private String declineNote;

	private String resolution;

	@Column(name = "completed_at")
	private Instant completedAt;

	private Integer rating;

	@Column(name = "rating_comment")
	private String ratingComment;

	@Column(name = "rated_at")
	private Instant ratedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected ConsultingRequest() {
	}

	/** What a client asks for. */
	public record Ask(RequestKind kind, ConsultingField field, String title, String description, Set<DayOfWeek> preferredDays,
			String preferredTimes, int people) {
	}

	public ConsultingRequest(long centerId, Long clientAccountId, String clientName, String clientEmail, Long organizationId,
			String organizationName, Ask ask, Instant now) {
		this.centerId = centerId;
		this.clientAccountId = clientAccountId;
		this.clientName = clientName;
		this.clientEmail = clientEmail;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		// an organization's people share its budget; a founder without one has their own
		this.budgetKey = organizationId != null ? "org:" + organizationId : "acc:" + clientAccountId;
		this.kind = ask.kind();
		this.field = ask.field();
		this.title = ask.title();
		this.description = ask.description();
		this.preferredDays = Days.format(ask.preferredDays());
		this.preferredTimes = ask.preferredTimes();
		this.people = ask.people();
		this.status = RequestStatus.SUBMITTED;
		this.createdAt = now;
	}

	public void assign(long expertId, Instant now) {
		if (status != RequestStatus.SUBMITTED && status != RequestStatus.ASSIGNED) {
			throw new Refusal("consulting.error.state");
		}
		this.expertId = expertId;
		this.assignedAt = now;
		this.declineNote = null;
		this.status = RequestStatus.ASSIGNED;
	}

	public void accept() {
		if (status != RequestStatus.ASSIGNED) {
			throw new Refusal("consulting.error.state");
		}
		this.status = RequestStatus.IN_PROGRESS;
	}

	/** The expert says no: the request goes back to staff, with the reason, for another expert. */
	public void decline(String note) {
		if (status != RequestStatus.ASSIGNED) {
			throw new Refusal("consulting.error.state");
		}
		this.status = RequestStatus.SUBMITTED;
		this.expertId = null;
		this.assignedAt = null;
		this.declineNote = note;
	}

	/** Staff settle a difficulty (애로사항) themselves, or close any request that needs no expert. */
	public void resolve(String resolution, Instant now) {
		if (status != RequestStatus.SUBMITTED) {
			throw new Refusal("consulting.error.state");
		}
		this.resolution = resolution;
		this.status = RequestStatus.RESOLVED;
		this.completedAt = now;
	}

	public void complete(String summary, Instant now) {
		if (status != RequestStatus.IN_PROGRESS) {
			throw new Refusal("consulting.error.state");
		}
		this.resolution = summary;
		this.status = RequestStatus.COMPLETED;
		this.completedAt = now;
	}

	public void withdraw() {
		if (status != RequestStatus.SUBMITTED && status != RequestStatus.ASSIGNED) {
			throw new Refusal("consulting.error.state");
		}
		this.status = RequestStatus.WITHDRAWN;
	}

	public void rate(int stars, String comment, Instant now) {
		if (status != RequestStatus.COMPLETED && status != RequestStatus.RESOLVED) {
			throw new Refusal("consulting.error.notCompleted");
		}
		if (rating != null) {
			throw new Refusal("consulting.error.alreadyRated");
		}
		if (stars < 1 || stars > 5) {
			throw new Refusal("consulting.form.rating");
		}
		this.rating = stars;
		this.ratingComment = comment;
		this.ratedAt = now;
	}

	public boolean belongsTo(long accountId) {
		return clientAccountId != null && clientAccountId == accountId;
	}

	/** The client deleted their account: the case stays for the center's records, without the person. */
	public void forgetClient(String anonymous) {
		this.clientAccountId = null;
		this.clientName = anonymous;
		this.clientEmail = null;
	}

	public Set<DayOfWeek> preferredDaySet() {
		return Days.parse(preferredDays);
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public Long getClientAccountId() {
		return clientAccountId;
	}

	public String getClientName() {
		return clientName;
	}

	public String getClientEmail() {
		return clientEmail;
	}

	public Long getOrganizationId() {
		return organizationId;
	}

	public String getOrganizationName() {
		return organizationName;
	}

	public String getBudgetKey() {
		return budgetKey;
	}

	public RequestKind getKind() {
		return kind;
	}

	public ConsultingField getField() {
		return field;
	}

	public String getTitle() {
		return title;
	}

	public String getDescription() {
		return description;
	}

	public String getPreferredTimes() {
		return preferredTimes;
	}

	public int getPeople() {
		return people;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Long getExpertId() {
		return expertId;
	}

	public String getDeclineNote() {
		return declineNote;
	}

	public String getResolution() {
		return resolution;
	}

	public Instant getCompletedAt() {
		return completedAt;
	}

	public Integer getRating() {
		return rating;
	}

	public String getRatingComment() {
		return ratingComment;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
