package org.ieum.stats.cohorts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.ieum.enterprises.OrganizationMilestones;

/**
 * How far a cohort has come: per milestone, how many of its organizations had reached it by the cohort's start and
 * within 1, 2 and 3 years of it. A year that has not ended yet on the reference date counts what was reached so far
 * and says it is still open; nothing after the reference date counts.
 *
 * @param members the cohort's organizations (those merged away meanwhile count as members that reached nothing)
 * @param yearsEnded per year 1 to 3, whether that year after the start has ended on the reference date
 */
public record CohortProgress(LocalDate startsOn, LocalDate asOf, long members, List<Row> rows,
		List<Boolean> yearsEnded) {

	/** Years after the start that the figures follow. */
	public static final int YEARS = 3;

	/** One milestone: reached by the start, then within each year (cumulative). */
	public record Row(Milestone milestone, long atStart, List<Long> withinYears) {
	}

	public CohortProgress {
		rows = List.copyOf(rows);
		yearsEnded = List.copyOf(yearsEnded);
	}

	public static CohortProgress of(LocalDate startsOn, LocalDate asOf, long members,
			Collection<OrganizationMilestones> milestones) {
		List<Row> rows = new ArrayList<>();
		for (Milestone milestone : Milestone.values()) {
			List<LocalDate> dates = milestones.stream().map(m -> dateOf(m, milestone)).toList();
			List<Long> within = new ArrayList<>();
			for (int year = 1; year <= YEARS; year++) {
				within.add(reachedBy(dates, startsOn.plusYears(year), asOf));
			}
			rows.add(new Row(milestone, reachedBy(dates, startsOn, asOf), within));
		}
		List<Boolean> ended = new ArrayList<>();
		for (int year = 1; year <= YEARS; year++) {
			ended.add(startsOn.plusYears(year).isBefore(asOf));
		}
		return new CohortProgress(startsOn, asOf, members, rows, ended);
	}

	public static LocalDate dateOf(OrganizationMilestones m, Milestone milestone) {
		return switch (milestone) {
			case FOUNDED -> m.founded();
			case DESIGNATED -> m.designated();
			case CERTIFIED -> m.certified();
		};
	}

	private static long reachedBy(List<LocalDate> dates, LocalDate until, LocalDate asOf) {
		LocalDate last = until.isBefore(asOf) ? until : asOf;
		return dates.stream().filter(d -> d != null && !d.isAfter(last)).count();
	}

	public Row row(Milestone milestone) {
		return rows.stream().filter(r -> r.milestone() == milestone).findFirst().orElseThrow();
	}
}
