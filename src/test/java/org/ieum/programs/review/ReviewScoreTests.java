package org.ieum.programs.review;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The weighted review score: a criterion's share is score / maximum × weight ({@link Criterion#weightedShare}), a
 * reviewer's total is the sum ({@link Review#weightedTotal}), an application's score the (optionally trimmed) mean of
 * its reviewers' totals ({@link Ranking#mean}), and equal scores share a rank ({@link Ranking#rank}).
 */
class ReviewScoreTests {

	private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	private final Criterion plan = criterion(1, "사업계획", 60, 10);
	private final Criterion impact = criterion(2, "사회적 가치", 40, 5);
	private final List<Criterion> criteria = List.of(plan, impact);

	@Test
	void aCriterionCountsItsShareOfItsWeight() {
		assertThat(plan.weightedShare(10)).isEqualTo(60.0);
		assertThat(plan.weightedShare(5)).isEqualTo(30.0);
		assertThat(plan.weightedShare(0)).isZero();
		assertThat(impact.weightedShare(2)).isCloseTo(16.0, within(1e-9));
	}

	@Test
	void aCriterionNeedsAWeightFrom1To100AndAMaximumFrom1To1000() {
		assertThatThrownBy(() -> new Criterion(1, 1, "x", 0, 10)).hasMessageContaining("programs.error.weight");
		assertThatThrownBy(() -> new Criterion(1, 1, "x", 101, 10)).hasMessageContaining("programs.error.weight");
		assertThatThrownBy(() -> new Criterion(1, 1, "x", 50, 0)).hasMessageContaining("programs.error.maxScore");
		assertThatThrownBy(() -> new Criterion(1, 1, "x", 50, 1001)).hasMessageContaining("programs.error.maxScore");
		assertThat(new Criterion(1, 1, "x", 100, 1000).weightedShare(1000)).isEqualTo(100.0);
		assertThat(new Criterion(1, 1, "x", 1, 1).weightedShare(1)).isEqualTo(1.0);
	}

	@Test
	void aReviewersTotalIsTheSumOfTheWeightedShares() {
		assertThat(review(7, 8, 3).weightedTotal(criteria)).isCloseTo(48 + 24, within(1e-9));
		assertThat(review(7, 10, 5).weightedTotal(criteria)).isEqualTo(100.0);
	}

	@Test
	void aScoreOutsideItsRangeOrMissingIsRefusedAndNothingIsKept() {
		Review review = declared(7);
		assertThatThrownBy(() -> review.submit(criteria, Map.of(1L, 11, 2L, 3), NOW))
			.hasMessageContaining("programs.error.scoreRange");
		assertThatThrownBy(() -> review.submit(criteria, Map.of(1L, 5), NOW))
			.hasMessageContaining("programs.error.scoreMissing");
		assertThat(review.isSubmitted()).isFalse();
	}

	@Test
	void theMeanLeavesOutTheHighestAndLowestOnlyWhenTrimmedWithThreeOrMoreReviews() {
		assertThat(Ranking.mean(List.of(90.0, 60.0, 30.0, 100.0), false)).isEqualTo(70.0);
		assertThat(Ranking.mean(List.of(90.0, 60.0, 30.0, 100.0), true)).isEqualTo(75.0);
		assertThat(Ranking.mean(List.of(90.0, 60.0, 30.0), true)).isEqualTo(60.0);
		// two reviews are never trimmed: nothing would be left of them
		assertThat(Ranking.mean(List.of(90.0, 30.0), true)).isEqualTo(60.0);
		assertThatThrownBy(() -> Ranking.mean(List.of(), true)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void equalScoresShareARankAndTheNextRankSkipsAndUnscoredComeLastWithoutRank() {
		List<Review> reviews = List.of(review(1, 8, 4), review(2, 10, 5), review(3, 8, 4), review(4, 5, 0),
				declared(5));
		List<Ranking.Scored> ranked = Ranking.rank(List.of(1L, 2L, 3L, 4L, 5L, 6L), reviews, criteria, false);
		assertThat(ranked).extracting(Ranking.Scored::applicationId).containsExactly(2L, 1L, 3L, 4L, 5L, 6L);
		assertThat(ranked).extracting(Ranking.Scored::rank).containsExactly(1, 2, 2, 4, null, null);
		assertThat(ranked).extracting(Ranking.Scored::score).containsExactly(100.0, 80.0, 80.0, 30.0, null, null);
	}

	@Test
	void scoresAreRoundedToTwoDecimalsSoEqualLookingScoresRankTogether() {
		Criterion thirds = criterion(3, "세 등분", 100, 3);
		// 1/3 × 100 = 33.333… for both applications: rounded, they are equal and share the first rank
		List<Review> reviews = List.of(review(1, thirds, 1), review(2, thirds, 1));
		List<Ranking.Scored> ranked = Ranking.rank(List.of(1L, 2L), reviews, List.of(thirds), false);
		assertThat(ranked).extracting(Ranking.Scored::score).containsExactly(33.33, 33.33);
		assertThat(ranked).extracting(Ranking.Scored::rank).containsExactly(1, 1);
		assertThat(Ranking.round(2.0 / 3)).isEqualTo(0.67);
	}

	@Test
	void aTrimmedRankingUsesEachApplicationsTrimmedMean() {
		List<Review> reviews = List.of(review(1, 10, 5), review(1, 5, 0), review(1, 6, 0), review(2, 7, 0),
				review(2, 7, 0));
		// application 1: totals 100, 30 and 36 → trimmed to 36; application 2: 42 and 42 → 42
		List<Ranking.Scored> trimmed = Ranking.rank(List.of(1L, 2L), reviews, criteria, true);
		assertThat(trimmed).extracting(Ranking.Scored::applicationId).containsExactly(2L, 1L);
		List<Ranking.Scored> plain = Ranking.rank(List.of(1L, 2L), reviews, criteria, false);
		assertThat(plain).extracting(Ranking.Scored::applicationId).containsExactly(1L, 2L);
		assertThat(plain.get(0).score()).isEqualTo(55.33);
	}

	private static Criterion criterion(long id, String name, int weight, int maxScore) {
		Criterion criterion = new Criterion(1, (int) id, name, weight, maxScore);
		ReflectionTestUtils.setField(criterion, "id", id);
		return criterion;
	}

	private static Review declared(long applicationId) {
		Review review = BeanUtils.instantiateClass(Review.class);
		ReflectionTestUtils.setField(review, "applicationId", applicationId);
		ReflectionTestUtils.setField(review, "status", ReviewStatus.ASSIGNED);
		review.declareNoConflict(NOW);
		return review;
	}

	private Review review(long applicationId, int planScore, int impactScore) {
		Review review = declared(applicationId);
		review.submit(criteria, Map.of(plan.getId(), planScore, impact.getId(), impactScore), NOW);
		return review;
	}

	private static Review review(long applicationId, Criterion only, int score) {
		Review review = declared(applicationId);
		Map<Long, Integer> given = new HashMap<>();
		given.put(only.getId(), score);
		review.submit(List.of(only), given, NOW);
		return review;
	}
}
