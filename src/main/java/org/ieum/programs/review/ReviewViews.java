package org.ieum.programs.review;

import java.util.List;

import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import static org.ieum.programs.call.CallViews.seoul;

/** Reviews as the reviewer's list and the pages of an application show them; every method reads only. */
@Component
@Transactional(readOnly = true)
public class ReviewViews {

	private final ReviewRepository reviews;
	private final ApplicationRepository applications;
	private final CallRepository calls;
	private final CriterionRepository criteria;

	ReviewViews(ReviewRepository reviews, ApplicationRepository applications, CallRepository calls,
			CriterionRepository criteria) {
		this.reviews = reviews;
		this.applications = applications;
		this.calls = calls;
		this.criteria = criteria;
	}

	public List<ProgramViews.ReviewRow> reviewsOf(long accountId) {
		return reviews.findByReviewerAccountIdOrderByIdDesc(accountId).stream().map(r -> {
			Application a = applications.findById(r.getApplicationId()).orElseThrow();
			ProgramCall call = calls.findById(r.getCallId()).orElseThrow();
			return new ProgramViews.ReviewRow(r.getId(), a.getId(), call.getTitle(), a.getApplicantName(),
					a.getReceiptNumber(), r.getStatus(), seoul(call.getClosesAt()));
		}).toList();
	}

	public List<Criterion> criteriaOf(long callId) {
		return criteria.findByCallIdOrderBySortOrderAscIdAsc(callId);
	}

	public static ProgramViews.ReviewView review(Review r, List<Criterion> list) {
		return new ProgramViews.ReviewView(r.getId(), r.getReviewerName(), r.getStatus(), r.getScores(),
				r.isSubmitted() ? Ranking.round(r.weightedTotal(list)) : null);
	}

	public List<ProgramViews.ReviewView> reviewsOfApplication(long applicationId, long callId) {
		List<Criterion> list = criteriaOf(callId);
		return reviews.findByApplicationIdOrderByIdAsc(applicationId).stream().map(r -> review(r, list)).toList();
	}
}
