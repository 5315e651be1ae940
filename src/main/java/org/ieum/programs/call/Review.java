package org.ieum.programs.call;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

/**
 * One reviewer's review of one application. Scores are given once, for every criterion,
 * after declaring no conflict of interest; the version column stops a double submit.
 */
@Entity
@Table(name = "programs_review")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "application_id", nullable = false)
	private long applicationId;

	@Column(name = "call_id", nullable = false)
	private long callId;

	@Column(name = "reviewer_account_id", nullable = false)
	private long reviewerAccountId;

	@Column(name = "reviewer_name", nullable = false)
	private String reviewerName;

	@Column(name = "reviewer_email", nullable = false)
	private String reviewerEmail;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewStatus status;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	@Column(name = "declared_at")
	private Instant declaredAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programs_score", joinColumns = @JoinColumn(name = "review_id"))
	@MapKeyColumn(name = "criterion_id")
	@Column(name = "score")
	private Map<Long, Integer> scores = new HashMap<>();

	protected Review() {
	}

	public Review(Application application, long reviewerAccountId, String reviewerName, String reviewerEmail, Instant now) {
		this.applicationId = application.getId();
		this.callId = application.getCallId();
		this.reviewerAccountId = reviewerAccountId;
		this.reviewerName = reviewerName;
		this.reviewerEmail = reviewerEmail;
		this.status = ReviewStatus.ASSIGNED;
		this.assignedAt = now;
	}

	public void declareNoConflict(Instant now) {
		requireNotWithdrawn();
		if (status != ReviewStatus.ASSIGNED) {
			throw new Refusal("programs.error.alreadyDeclared");
		}
		status = ReviewStatus.DECLARED;
		declaredAt = now;
	}

	public void recuse(Instant now) {
		requireNotWithdrawn();
		if (status != ReviewStatus.ASSIGNED) {
			throw new Refusal("programs.error.alreadyDeclared");
		}
		status = ReviewStatus.RECUSED;
		declaredAt = now;
	}

	/** Every criterion scored from 0 to its maximum, or nothing is kept. */
	public void submit(List<Criterion> criteria, Map<Long, Integer> given, Instant now) {
		requireNotWithdrawn();
		if (status == ReviewStatus.SUBMITTED) {
			throw new Refusal("programs.error.alreadyScored");
		}
		if (status != ReviewStatus.DECLARED) {
			throw new Refusal("programs.error.declareFirst");
		}
		if (criteria.isEmpty()) {
			throw new Refusal("programs.error.noCriteria");
		}
		Map<Long, Integer> checked = new HashMap<>();
		for (Criterion c : criteria) {
			Integer score = given.get(c.getId());
			if (score == null) {
				throw new Refusal("programs.error.scoreMissing");
			}
			if (score < 0 || score > c.getMaxScore()) {
				throw new Refusal("programs.error.scoreRange");
			}
			checked.put(c.getId(), score);
		}
		scores.clear();
		scores.putAll(checked);
		status = ReviewStatus.SUBMITTED;
		submittedAt = now;
	}

	/**
	 * The weighted total, on the scale of the criteria's summed weights, of a submitted review:
	 * submitting requires a score for every criterion, and criteria freeze once anyone scored.
	 */
	public double weightedTotal(List<Criterion> criteria) {
		if (status != ReviewStatus.SUBMITTED) {
			throw new IllegalStateException("only a submitted review has a total");
		}
		return criteria.stream().mapToDouble(c -> c.weightedShare(scoreFor(c))).sum();
	}

	private int scoreFor(Criterion criterion) {
		Integer score = scores.get(criterion.getId());
		if (score == null) {
			throw new IllegalStateException("criterion " + criterion.getId() + " has no score in review " + id);
		}
		return score;
	}

	/**
	 * Staff take the assignment back before the reviewer scored or recused. The row stays, with
	 * the declaration if one was made (until the person is assigned again), but the reviewer no
	 * longer sees the application.
	 */
	public void withdraw() {
		if (status != ReviewStatus.ASSIGNED && status != ReviewStatus.DECLARED) {
			throw new Refusal("programs.error.reviewOnRecord");
		}
		status = ReviewStatus.WITHDRAWN;
	}

	/**
	 * Assigned again after a withdrawal, under the name and address the account has now: a new
	 * assignment that starts with a new declaration.
	 */
	public void reassign(String name, String email, Instant now) {
		if (status != ReviewStatus.WITHDRAWN) {
			throw new Refusal("programs.error.alreadyAssigned");
		}
		status = ReviewStatus.ASSIGNED;
		reviewerName = name;
		reviewerEmail = email;
		assignedAt = now;
		declaredAt = null;
	}

	/** Whether the review is one of the application's reviews: not recused and not withdrawn. */
	public boolean counts() {
		return status != ReviewStatus.RECUSED && status != ReviewStatus.WITHDRAWN;
	}

	private void requireNotWithdrawn() {
		if (status == ReviewStatus.WITHDRAWN) {
			throw new Refusal("programs.error.reviewWithdrawn");
		}
	}

	/** Seeing the application (and its files) needs a declaration of no conflict; a recused reviewer sees nothing. */
	public boolean mayReadApplication() {
		return status == ReviewStatus.DECLARED || status == ReviewStatus.SUBMITTED;
	}

	/** The reviewer's account was deleted: the scores stay for the ranking, the name and address go. */
	public void forgetReviewer() {
		reviewerName = Application.FORGOTTEN_NAME;
		reviewerEmail = "";
	}

	public boolean isSubmitted() {
		return status == ReviewStatus.SUBMITTED;
	}

	public Long getId() {
		return id;
	}

	public long getApplicationId() {
		return applicationId;
	}

	public long getCallId() {
		return callId;
	}

	public long getReviewerAccountId() {
		return reviewerAccountId;
	}

	public String getReviewerName() {
		return reviewerName;
	}

	public String getReviewerEmail() {
		return reviewerEmail;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

	public ReviewStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Map<Long, Integer> getScores() {
		return Map.copyOf(scores);
	}
}
