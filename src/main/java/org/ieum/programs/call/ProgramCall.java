package org.ieum.programs.call;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ieum.enterprises.DesignationType;
import org.ieum.programs.CallKind;
import org.ieum.shared.web.Refusal;

/**
 * A call of one center. Its public status follows from the clock and two staff steps
 * (review started, results published), so no job has to flip it at the deadline.
 */
@Entity
@Table(name = "programs_call")
public class ProgramCall {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "center_id", nullable = false)
	private long centerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CallKind kind;

	@Column(nullable = false)
	private String title;

	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(name = "applicant_type", nullable = false)
	private ApplicantType applicantType;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "programs_call_type", joinColumns = @JoinColumn(name = "call_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "designation_type")
	private Set<DesignationType> eligibleTypes = new HashSet<>();

	@Column(name = "eligible_region")
	private String eligibleRegion;

	@Column(name = "eligible_stage")
	private String eligibleStage;

	@Column(name = "budget_won", nullable = false)
	private long budgetWon;

	@Column(name = "award_count", nullable = false)
	private int awardCount;

	@Column(name = "opens_at", nullable = false)
	private Instant opensAt;

	@Column(name = "closes_at", nullable = false)
	private Instant closesAt;

	@Column(name = "required_documents")
	private String requiredDocuments;

	@Column(name = "scores_visible", nullable = false)
	private boolean scoresVisible;

	@Column(name = "trimmed_mean", nullable = false)
	private boolean trimmedMean;

	@Column(name = "review_started_at")
	private Instant reviewStartedAt;

	@Column(name = "results_published_at")
	private Instant resultsPublishedAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	/** Null while the call is a draft that only staff see. */
	@Column(name = "announced_at")
	private Instant announcedAt;

	@Version
	private long version;

	protected ProgramCall() {
	}

	public ProgramCall(long centerId, CallDetails details, Instant now) {
		this.centerId = centerId;
		this.createdAt = now;
		revise(details);
	}

	/**
	 * Staff's change of a call already published. Once its deadline has passed or review has
	 * begun, the period, kind, who may apply and the eligibility stay as they were: moving the
	 * deadline would reopen submissions and withdrawals in the middle of a review.
	 */
	public void revise(CallDetails d, Instant now) {
		// a draft nobody has seen keeps every term open, even past the dates it was first given
		boolean closed = isAnnounced() && (!now.isBefore(closesAt) || reviewStartedAt != null);
		if (closed && resultsPublishedAt == null && (!d.opensAt().equals(opensAt) || !d.closesAt().equals(closesAt)
				|| d.kind() != kind || d.applicantType() != applicantType || !d.eligibleTypes().equals(eligibleTypes)
				|| !Objects.equals(d.eligibleRegion(), eligibleRegion)
				|| !Objects.equals(d.eligibleStage(), eligibleStage))) {
			throw new Refusal("programs.error.closedTerms");
		}
		revise(d);
	}

	private void revise(CallDetails d) {
		if (resultsPublishedAt != null) {
			throw new Refusal("programs.error.published");
		}
		if (!d.closesAt().isAfter(d.opensAt())) {
			throw new Refusal("programs.error.period");
		}
		if (d.awardCount() < 1) {
			throw new Refusal("programs.error.awardCount");
		}
		if (d.budgetWon() < 0) {
			throw new Refusal("programs.error.budget");
		}
		this.kind = d.kind();
		this.title = d.title();
		this.purpose = d.purpose();
		this.applicantType = d.applicantType();
		this.eligibleTypes.clear();
		this.eligibleTypes.addAll(d.eligibleTypes());
		this.eligibleRegion = d.eligibleRegion();
		this.eligibleStage = d.eligibleStage();
		this.budgetWon = d.budgetWon();
		this.awardCount = d.awardCount();
		this.opensAt = d.opensAt();
		this.closesAt = d.closesAt();
		this.requiredDocuments = d.requiredDocuments();
		this.scoresVisible = d.scoresVisible();
		this.trimmedMean = d.trimmedMean();
	}

	public CallDetails details() {
		return new CallDetails(kind, title, purpose, applicantType,
				eligibleTypes.isEmpty() ? Set.of() : EnumSet.copyOf(eligibleTypes), eligibleRegion, eligibleStage,
				budgetWon, awardCount, opensAt, closesAt, requiredDocuments, scoresVisible, trimmedMean);
	}

	public CallStatus statusAt(Instant now) {
		if (resultsPublishedAt != null) {
			return CallStatus.RESULTS;
		}
		if (now.isBefore(opensAt)) {
			return CallStatus.UPCOMING;
		}
		if (now.isBefore(closesAt)) {
			return CallStatus.OPEN;
		}
		return reviewStartedAt != null ? CallStatus.REVIEW : CallStatus.CLOSED;
	}

	/** Applications are taken from the opening up to (not including) the closing instant. */
	public boolean acceptsAt(Instant now) {
		return isAnnounced() && statusAt(now) == CallStatus.OPEN;
	}

	/** Staff make the draft public: it appears on the center's pages and API and takes applications in its period. */
	public void announce(Instant now) {
		if (announcedAt != null) {
			throw new Refusal("programs.error.alreadyAnnounced");
		}
		this.announcedAt = now;
	}

	public boolean isAnnounced() {
		return announcedAt != null;
	}

	/** Reviewers are assigned once the deadline has passed, so every reviewer sees the final applications. */
	public Instant getAnnouncedAt() {
		return announcedAt;
	}

	public void startReview(Instant now) {
		if (now.isBefore(closesAt)) {
			throw new Refusal("programs.error.stillOpen");
		}
		if (resultsPublishedAt != null) {
			throw new Refusal("programs.error.published");
		}
		if (reviewStartedAt == null) {
			reviewStartedAt = now;
		}
	}

	public void publishResults(Instant now) {
		if (resultsPublishedAt != null) {
			throw new Refusal("programs.error.published");
		}
		if (now.isBefore(closesAt)) {
			throw new Refusal("programs.error.stillOpen");
		}
		if (reviewStartedAt == null) {
			reviewStartedAt = now;
		}
		resultsPublishedAt = now;
	}

	public boolean isPublished() {
		return resultsPublishedAt != null;
	}

	public Long getId() {
		return id;
	}

	public long getCenterId() {
		return centerId;
	}

	public CallKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getPurpose() {
		return purpose;
	}

	public ApplicantType getApplicantType() {
		return applicantType;
	}

	public Set<DesignationType> getEligibleTypes() {
		return Set.copyOf(eligibleTypes);
	}

	public String getEligibleRegion() {
		return eligibleRegion;
	}

	public String getEligibleStage() {
		return eligibleStage;
	}

	public long getBudgetWon() {
		return budgetWon;
	}

	public int getAwardCount() {
		return awardCount;
	}

	public Instant getOpensAt() {
		return opensAt;
	}

	public Instant getClosesAt() {
		return closesAt;
	}

	public String getRequiredDocuments() {
		return requiredDocuments;
	}

	public boolean isScoresVisible() {
		return scoresVisible;
	}

	public boolean isTrimmedMean() {
		return trimmedMean;
	}

	public Instant getReviewStartedAt() {
		return reviewStartedAt;
	}

	public Instant getResultsPublishedAt() {
		return resultsPublishedAt;
	}
}
