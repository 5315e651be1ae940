package org.ieum.incubation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReportPeriodTests {

	private static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Test
	void aOneYearTenancyHasFourQuarterlyPeriodsDueTwoWeeksAfterEach() {
		List<ReportPeriod> periods = ReportPeriod.of(START, Tenancies.defaultEnd(START), 3, 14);
		assertThat(periods).extracting(ReportPeriod::end)
			.containsExactly(LocalDate.of(2026, 5, 31), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 11, 30),
					LocalDate.of(2027, 2, 28));
		assertThat(periods.get(0).due()).isEqualTo(LocalDate.of(2026, 6, 14));
		assertThat(periods.get(3).start()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void anExtensionAddsPeriodsAndAnEarlyExitCutsTheLastOneShort() {
		assertThat(ReportPeriod.of(START, LocalDate.of(2027, 8, 31), 3, 14)).hasSize(6);
		List<ReportPeriod> exited = ReportPeriod.of(START, LocalDate.of(2026, 7, 10), 3, 14);
		assertThat(exited).hasSize(2);
		assertThat(exited.get(1).end()).isEqualTo(LocalDate.of(2026, 7, 10));
		assertThat(exited.get(1).due()).isEqualTo(LocalDate.of(2026, 7, 24));
	}

	@Test
	void aTenancyWithoutDatesOrAZeroLengthSettingHasNoPeriods() {
		assertThat(ReportPeriod.of(null, null, 3, 14)).isEmpty();
		assertThat(ReportPeriod.of(START, Tenancies.defaultEnd(START), 0, 14)).isEmpty();
	}
}
