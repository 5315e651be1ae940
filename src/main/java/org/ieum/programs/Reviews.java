package org.ieum.programs;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ieum.enterprises.EnterprisesApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.Role;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers per application: staff assign staff of the center or experts by e-mail; each
 * reviewer declares no conflict of interest or recuses, then scores every criterion once.
 */
@Service
@Transactional
class Reviews {

	private final ReviewRepository reviews;
	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final CriterionRepository criteria;
	private final IdentityApi identity;
	private final EnterprisesApi enterprises;
	private final ProgramMails mails;
	private final Clock clock;

	Reviews(ReviewRepository reviews, ApplicationRepository applications, CallRepository calls,
			CriterionRepository criteria, IdentityApi identity, EnterprisesApi enterprises,
			ProgramMails mails, Clock clock) {
		this.enterprises = enterprises;
		this.reviews = reviews;
		this.applications = applications;
		this.calls = calls;
		this.criteria = criteria;
		this.identity = identity;
		this.mails = mails;
		this.clock = clock;
	}

	Review assign(long applicationId, String email) {
		Application application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
		Authorities.requireCenterStaff(application.getCenterId());
		ProgramCall call = calls.lockById(application.getCallId())
			.orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		if (!application.isSubmitted()) {
			throw new Refusal("programs.error.notSubmitted");
		}
		if (application.getEligibility() == Eligibility.INELIGIBLE) {
			throw new Refusal("programs.error.notEligible");
		}
		long reviewer = identity.findAccountIdByEmail(email == null ? "" : email.strip())
			.orElseThrow(() -> new Refusal("programs.error.noReviewer"));
		boolean qualified = identity.holdsRole(reviewer, Role.EXPERT, null)
				|| identity.holdsRole(reviewer, Role.CENTER_STAFF, call.getCenterId())
				|| identity.holdsRole(reviewer, Role.SYSTEM_ADMIN, null);
		if (!qualified) {
			throw new Refusal("programs.error.notReviewer");
		}
		// any manager of the applying organization is the applicant, not only the one who started the form
		if (reviewer == application.getApplicantAccountId() || (application.getOrganizationId() != null
				&& enterprises.isManager(application.getOrganizationId(), reviewer))) {
			throw new Refusal("programs.error.reviewerIsApplicant");
		}
		Review earlier = reviews.findByApplicationIdAndReviewerAccountId(applicationId, reviewer).orElse(null);
		call.startReview(clock.instant());
		String name = identity.displayNameOf(reviewer).orElse(email);
		String address = email.strip().toLowerCase();
		Review review;
		if (earlier != null) {
			earlier.reassign(name, address, clock.instant()); // refused unless the earlier assignment was withdrawn
			review = earlier;
		}
		else {
			review = reviews.save(new Review(application, reviewer, name, address, clock.instant()));
		}
		mails.reviewerAssigned(review, call);
		return review;
	}

	/**
	 * Staff take an assignment back (the wrong person, or one who cannot review in time) while the
	 * reviewer has neither scored nor recused: the review becomes WITHDRAWN, so its declaration
	 * stays on record but the reviewer no longer reads the application, and the reviewer is told.
	 * The review's version makes a score submitted at the same moment win.
	 */
	void withdraw(long applicationId, long reviewId) {
		Application application = applications.findById(applicationId)
			.orElseThrow(() -> Refusal.notFound("programs.error.noApplication"));
		Authorities.requireCenterStaff(application.getCenterId());
		Review review = reviews.findById(reviewId)
			.filter(r -> r.getApplicationId() == applicationId)
			// staff act from the application's page: a review of another application is their slip, told on that page
			.orElseThrow(() -> new Refusal("programs.error.noReview"));
		ProgramCall call = calls.lockById(application.getCallId())
			.orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		if (call.isPublished()) {
			throw new Refusal("programs.error.published");
		}
		review.withdraw();
		reviews.flush();
		mails.reviewerWithdrawn(review, call);
	}

	/** The reviewer's own review; another person's (or an unassigned one) is 403. */
	@Transactional(readOnly = true)
	Review own(long reviewId, CurrentUser me) {
		Review review = reviews.findById(reviewId).orElseThrow(() -> Refusal.notFound("programs.error.noReview"));
		if (review.getReviewerAccountId() != me.accountId()) {
			throw new AccessDeniedException("not the reviewer of review " + reviewId);
		}
		return review;
	}

	void declare(long reviewId, CurrentUser me, boolean noConflict) {
		Review review = own(reviewId, me);
		requireReviewOpen(review);
		if (noConflict) {
			review.declareNoConflict(clock.instant());
		}
		else {
			review.recuse(clock.instant());
		}
	}

	void score(long reviewId, CurrentUser me, Map<Long, Integer> scores) {
		Review review = own(reviewId, me);
		requireReviewOpen(review);
		List<Criterion> list = criteria.findByCallIdOrderBySortOrderAscIdAsc(review.getCallId());
		review.submit(list, scores, clock.instant());
		reviews.flush();
	}

	/**
	 * The other reviewers' submitted reviews of the same application, only once this reviewer
	 * has submitted: nobody scores with others' numbers in view.
	 */
	@Transactional(readOnly = true)
	List<Review> othersVisibleTo(Review review) {
		if (!review.isSubmitted()) {
			return List.of();
		}
		return reviews.findByApplicationIdOrderByIdAsc(review.getApplicationId()).stream()
			.filter(r -> !r.getId().equals(review.getId()) && r.isSubmitted())
			.toList();
	}

	private void requireReviewOpen(Review review) {
		ProgramCall call = calls.findById(review.getCallId()).orElseThrow(() -> Refusal.notFound("programs.error.noCall"));
		if (call.isPublished()) {
			throw new Refusal("programs.error.published");
		}
	}
}
