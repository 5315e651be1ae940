package org.ieum.programs.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.Review;

/**
 * Totals and ranks of a call's applications from their submitted reviews. An application's
 * score is the mean of its reviewers' weighted totals; with a trimmed mean and at least three
 * reviews, the single highest and lowest totals are left out first. Equal scores share a rank
 * (1, 2, 2, 4); applications without a submitted review have no score and no rank.
 */
public final class Ranking {

	public static final int TRIM_FROM = 3;

	private Ranking() {
	}

	public record Scored(long applicationId, List<Double> totals, Double score, Integer rank) {
	}

	/** The mean of one application's reviewer totals; only scored applications have one. */
	public static double mean(List<Double> totals, boolean trimmed) {
		if (totals.isEmpty()) {
			throw new IllegalArgumentException("an application without scores has no mean");
		}
		List<Double> sorted = totals.stream().sorted().toList();
		if (trimmed && sorted.size() >= TRIM_FROM) {
			sorted = sorted.subList(1, sorted.size() - 1);
		}
		return sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	/** Scores and ranks in rank order, unscored applications last (in id order). */
	public static List<Scored> rank(List<Long> applicationIds, List<Review> reviews, List<Criterion> criteria,
			boolean trimmed) {
		Map<Long, List<Double>> totals = reviews.stream()
			.filter(Review::isSubmitted)
			.collect(Collectors.groupingBy(Review::getApplicationId,
					Collectors.mapping(r -> round(r.weightedTotal(criteria)), Collectors.toList())));
		List<Scored> scored = new ArrayList<>();
		List<Scored> unscored = new ArrayList<>();
		for (long id : applicationIds) {
			List<Double> mine = totals.getOrDefault(id, List.of());
			if (mine.isEmpty()) {
				unscored.add(new Scored(id, List.of(), null, null));
			}
			else {
				scored.add(new Scored(id, mine, round(mean(mine, trimmed)), null));
			}
		}
		scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(Scored::applicationId));
		List<Scored> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Scored s = scored.get(i);
			int rank = i > 0 && s.score().equals(scored.get(i - 1).score()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Scored(s.applicationId(), s.totals(), s.score(), rank));
		}
		ranked.addAll(unscored);
		return ranked;
	}

	/** Two decimals, so equal-looking scores are equal and rank together. */
	public static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}
}
