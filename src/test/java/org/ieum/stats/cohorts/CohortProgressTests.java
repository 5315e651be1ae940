package org.ieum.stats.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.ieum.enterprises.OrganizationMilestones;
import org.junit.jupiter.api.Test;

/** The cohort rule: cumulative counts by the start and within 1, 2 and 3 years, nothing after the reference date. */
class CohortProgressTests {

	private static final LocalDate START = LocalDate.of(2024, 2, 29);

	private static OrganizationMilestones m(LocalDate founded, LocalDate designated, LocalDate certified) {
		return new OrganizationMilestones(1, "조직", founded, designated, certified);
	}

	@Test
	void countsAreCumulativeAndTheLastDayOfAYearStillCounts() {
		CohortProgress p = CohortProgress.of(START, LocalDate.of(2030, 1, 1), 4,
				List.of(m(START.minusDays(1), null, null), m(START.plusYears(1), START.plusYears(1).plusDays(1), null),
						m(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 1))));
		assertThat(p.row(Milestone.FOUNDED).atStart()).isEqualTo(1);
		// 29 February 2024 plus one year is 28 February 2025: founded that day counts within the first year
		assertThat(p.row(Milestone.FOUNDED).withinYears()).containsExactly(2L, 2L, 2L);
		assertThat(p.row(Milestone.DESIGNATED).withinYears()).containsExactly(0L, 1L, 1L);
		assertThat(p.row(Milestone.CERTIFIED).withinYears()).containsExactly(0L, 0L, 0L);
		assertThat(p.yearsEnded()).containsExactly(true, true, true);
	}

	@Test
	void aYearNotOverYetCountsOnlyWhatHappenedByTheReferenceDate() {
		LocalDate asOf = START.plusMonths(18);
		CohortProgress p = CohortProgress.of(START, asOf, 2,
				List.of(m(START.plusMonths(17), null, null), m(START.plusMonths(20), null, null)));
		assertThat(p.row(Milestone.FOUNDED).withinYears()).containsExactly(0L, 1L, 1L);
		assertThat(p.yearsEnded()).containsExactly(true, false, false);
	}
}
