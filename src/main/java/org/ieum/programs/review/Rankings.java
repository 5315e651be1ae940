package org.ieum.programs.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.ApplicationStatus;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.Eligibility;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.ProgramViews;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's submitted applications ranked by their weighted review scores ({@link Ranking}), as the
 * staff's selection page, the export and an applicant's own scores show them; every method reads only.
 */
@Component
@Transactional(readOnly = true)
public class Rankings {

	private final CallRepository calls;
	private final ApplicationRepository applications;
	private final ReviewRepository reviews;
	private final CriterionRepository criteria;

	Rankings(CallRepository calls, ApplicationRepository applications, ReviewRepository reviews,
			CriterionRepository criteria) {
		this.calls = calls;
		this.applications = applications;
		this.reviews = reviews;
		this.criteria = criteria;
	}

	/** Submitted applications in rank order (unscored last), for the staff's selection page. */
	public List<Ranking.Scored> ranking(ProgramCall call) {
		List<Application> submitted = applications.findByCallIdAndStatusOrderByIdAsc(call.getId(),
				ApplicationStatus.SUBMITTED);
		// an application screened out takes no rank, so the eligible ones' published ranks are right
		List<Long> ids = submitted.stream()
			.filter(a -> a.getEligibility() != Eligibility.INELIGIBLE)
			.map(Application::getId)
			.toList();
		return Ranking.rank(ids, reviews.findByApplicationIdIn(ids),
				criteria.findByCallIdOrderBySortOrderAscIdAsc(call.getId()), call.isTrimmedMean());
	}

	public List<ProgramViews.RankRow> rows(ProgramCall call) {
		Map<Long, Application> byId = applications
			.findByCallIdAndStatusOrderByIdAsc(call.getId(), ApplicationStatus.SUBMITTED).stream()
			.collect(Collectors.toMap(Application::getId, a -> a));
		Map<Long, List<Review>> reviewsBy = reviews.findByApplicationIdIn(byId.keySet()).stream()
			.collect(Collectors.groupingBy(Review::getApplicationId));
		return ranking(call).stream().map(s -> {
			Application a = byId.get(s.applicationId());
			List<Review> mine = reviewsBy.getOrDefault(a.getId(), List.of());
			return new ProgramViews.RankRow(a.getId(), a.getApplicantName(), a.getReceiptNumber(), a.getEligibility(),
					mine.stream().filter(Review::isSubmitted).count(),
					mine.stream().filter(Review::counts).count(), s.score(), s.rank(),
					a.getDecision(), a.getReserveRank());
		}).toList();
	}

	/** The applicant's own scores, once results are out and only if the call shows them. */
	public Optional<ProgramViews.OwnScores> ownScores(Application a) {
		ProgramCall call = calls.findById(a.getCallId()).orElseThrow();
		if (!call.isPublished() || !call.isScoresVisible() || !a.isSubmitted()) {
			return Optional.empty();
		}
		List<Criterion> list = criteria.findByCallIdOrderBySortOrderAscIdAsc(call.getId());
		List<Review> submitted = reviews.findByApplicationIdOrderByIdAsc(a.getId()).stream()
			.filter(Review::isSubmitted)
			.toList();
		if (submitted.isEmpty()) {
			return Optional.empty();
		}
		List<ProgramViews.CriterionAverage> averages = list.stream()
			.map(c -> new ProgramViews.CriterionAverage(c.getName(), c.getMaxScore(),
					Ranking.round(submitted.stream().mapToInt(r -> r.getScores().getOrDefault(c.getId(), 0)).average()
						.orElse(0))))
			.toList();
		Ranking.Scored mine = ranking(call).stream().filter(s -> s.applicationId() == a.getId())
			.findFirst().orElse(null);
		return Optional.of(new ProgramViews.OwnScores(averages, mine == null ? null : mine.score(),
				mine == null ? null : mine.rank()));
	}
}
