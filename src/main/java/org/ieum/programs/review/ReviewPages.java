package org.ieum.programs.review;

import java.util.List;

import org.ieum.identity.CurrentUser;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationAccess;
import org.ieum.programs.call.ApplicationViews;
import org.ieum.programs.call.CallViews;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.FormKind;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.call.Review;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewer's pages: the assigned applications, and one review with the application (once
 * no conflict is declared) and the others' scores (once one's own are in). A staff member
 * reading the application this way is written to the access log in the transaction of the read.
 */
@Service
@Transactional
public class ReviewPages {

	/** {@code app} and {@code fields} are null until the reviewer may read the application. */
	public record Page(ProgramViews.ReviewView review, String callTitle, String applicantName, String receiptNumber,
			List<ProgramViews.CriterionView> criteria, ProgramViews.ApplicationView app,
			List<ProgramViews.FieldView> fields, List<ProgramViews.ReviewView> others) {
	}

	private final Reviews reviews;
	private final ApplicationAccess access;
	private final ReviewViews reviewViews;
	private final ApplicationViews applicationViews;
	private final CallViews callViews;

	ReviewPages(Reviews reviews, ApplicationAccess access, ReviewViews reviewViews, ApplicationViews applicationViews,
			CallViews callViews) {
		this.reviews = reviews;
		this.access = access;
		this.reviewViews = reviewViews;
		this.applicationViews = applicationViews;
		this.callViews = callViews;
	}

	@Transactional(readOnly = true)
	public List<ProgramViews.ReviewRow> list(CurrentUser me) {
		return reviewViews.reviewsOf(me.accountId());
	}

	public Page of(long reviewId, CurrentUser me) {
		Review review = reviews.own(reviewId, me);
		Application application = access.find(review.getApplicationId());
		List<Criterion> criteria = reviewViews.criteriaOf(review.getCallId());
		ProgramViews.ApplicationView app = null;
		List<ProgramViews.FieldView> fields = null;
		if (review.mayReadApplication()) {
			app = applicationViews.application(access.readable(application.getId(), me));
			fields = callViews.form(application.getCallId(), FormKind.APPLICATION);
		}
		return new Page(ReviewViews.review(review, criteria), access.callOf(application).getTitle(),
				application.getApplicantName(), application.getReceiptNumber(), callViews.criteriaOf(review.getCallId()),
				app, fields, reviews.othersVisibleTo(review).stream().map(r -> ReviewViews.review(r, criteria)).toList());
	}
}
