package org.ieum.programs.review;

import java.time.Clock;

import org.ieum.identity.IdentityApi;
import org.ieum.identity.Role;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Eligibility;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramMails;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers per application: staff assign staff of the center or experts by e-mail (never
 * the applicant), and take an assignment back while it is unused.
 */
@Service
@Transactional
public class ReviewAssignments {

	private final ReviewRepository reviews;
	private final CallRepository calls;
	private final ApplicationAccess access;
	private final IdentityApi identity;
	private final ProgramMails mails;
	private final Clock clock;

	ReviewAssignments(ReviewRepository reviews, CallRepository calls, ApplicationAccess access, IdentityApi identity,
			ProgramMails mails, Clock clock) {
		this.reviews = reviews;
		this.calls = calls;
		this.access = access;
		this.identity = identity;
		this.mails = mails;
		this.clock = clock;
	}

	public Review assign(long applicationId, String email) {
		Application application = access.find(applicationId);
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
		if (access.isApplicant(application, reviewer)) {
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
	public void withdraw(long applicationId, long reviewId) {
		Application application = access.find(applicationId);
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
}
