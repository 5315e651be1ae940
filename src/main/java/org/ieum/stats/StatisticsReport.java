package org.ieum.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics of a center (with the centers below it) or of the network on a reference date.
 *
 * @param slug the center's slug, or {@code null} for the whole network
 * @param scopeName the center's name or the network's
 * @param referenceDate 기준일자: the day the figures describe, in Asia/Seoul
 * @param organizations organizations not closed
 * @param withDesignation of those, how many hold a designation in force
 * @param visitors the center's visitors as counted, or {@code null} (the network, a center that does not count)
 */
public record StatisticsReport(String slug, String scopeName, LocalDate referenceDate, long organizations,
		long withDesignation, List<StatTable> tables, Visitors visitors) {

	/** Visitors from the first counted day to the last, and per month on average over that period. */
	public record Visitors(LocalDate firstDay, LocalDate lastDay, long total, long monthlyAverage) {
	}

	public StatTable table(String id) {
		return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}
}
