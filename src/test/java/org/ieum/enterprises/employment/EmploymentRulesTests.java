package org.ieum.enterprises.employment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The figures a year's employment may have, wherever they are entered. */
class EmploymentRulesTests {

	private static final int THIS_YEAR = 2026;

	@Test
	void sensibleFiguresPass() {
		assertThat(EmploymentRules.problems(2025, 12L, 5L, 3L, THIS_YEAR)).isEmpty();
		assertThat(EmploymentRules.problems(2026, 0L, 0L, 0L, THIS_YEAR)).isEmpty();
		assertThat(EmploymentRules.problems(2000, 4L, 4L, 4L, THIS_YEAR)).isEmpty();
	}

	@Test
	void vulnerableWorkersOrNewHiresAboveTheWorkforceAreRefused() {
		assertThat(EmploymentRules.problems(2025, 10L, 11L, 2L, THIS_YEAR)).containsExactly("employment.error.vulnerableAbove");
		assertThat(EmploymentRules.problems(2025, 10L, 2L, 11L, THIS_YEAR)).containsExactly("employment.error.newHiresAbove");
		assertThat(EmploymentRules.problems(2025, 1L, 2L, 3L, THIS_YEAR))
			.containsExactly("employment.error.vulnerableAbove", "employment.error.newHiresAbove");
	}

	@Test
	void negativeMissingAndHugeFiguresAreRefused() {
		assertThat(EmploymentRules.problems(2025, -1L, 0L, 0L, THIS_YEAR)).containsExactly("employment.error.negative");
		assertThat(EmploymentRules.problems(2025, 5L, -2L, 0L, THIS_YEAR)).containsExactly("employment.error.negative");
		assertThat(EmploymentRules.problems(2025, 5L, null, 0L, THIS_YEAR)).containsExactly("employment.error.required");
		assertThat(EmploymentRules.problems(2025, 1_000_001L, 0L, 0L, THIS_YEAR)).containsExactly("employment.error.tooMany");
	}

	@Test
	void aYearNotYetBegunOrBefore2000IsRefused() {
		assertThat(EmploymentRules.problems(2027, 5L, 1L, 1L, THIS_YEAR)).containsExactly("employment.error.futureYear");
		assertThat(EmploymentRules.problems(1999, 5L, 1L, 1L, THIS_YEAR)).containsExactly("employment.error.earlyYear");
		assertThat(EmploymentRules.problems(null, 5L, 1L, 1L, THIS_YEAR)).containsExactly("employment.error.yearRequired");
	}
}
