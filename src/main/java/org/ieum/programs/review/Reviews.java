package org.ieum.programs.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's side of an assignment: declare no conflict of interest or recuse, then score
 * every criterion once; the others' scores show only after one's own.
 */
@Service
@Transactional
public class Reviews {

	private final ReviewRepository reviews;
	private final CallRepository calls;
	private final CriterionRepository criteria;
	private final Clock clock;

	Reviews(ReviewRepository reviews, CallRepository calls, CriterionRepository criteria, Clock clock) {
		this.reviews = reviews;
		this.calls = calls;
		this.criteria = criteria;
		this.clock = clock;
	}

	/** The reviewer's own review; another person's (or an unassigned one) is 403. */
	@Transactional(readOnly = true)
	public Review own(long reviewId, CurrentUser me) {
		Review review = reviews.findById(reviewId).orElseThrow(() -> Refusal.notFound("programs.error.noReview"));
		if (review.getReviewerAccountId() != me.accountId()) {
			throw new AccessDeniedException("not the reviewer of review " + reviewId);
		}
		return review;
	}

	public void declare(long reviewId, CurrentUser me, boolean noConflict) {
		Review review = own(reviewId, me);
		requireReviewOpen(review);
		if (noConflict) {
			review.declareNoConflict(clock.instant());
		}
		else {
			review.recuse(clock.instant());
		}
	}

	public void score(long reviewId, CurrentUser me, Map<Long, Integer> scores) {
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
	public List<Review> othersVisibleTo(Review review) {
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
