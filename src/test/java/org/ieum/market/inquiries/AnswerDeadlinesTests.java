package org.ieum.market.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** An inquiry is due three working days after the day it arrived: weekends, holidays and closures do not count. */
class AnswerDeadlinesTests {

	@Test
	void aMondayInquiryIsDueOnThursday() {
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 3, 2), 3, d -> false)).isEqualTo(LocalDate.of(2026, 3, 5));
	}

	@Test
	void weekendsDoNotCount() {
		// Thursday: Friday, Monday, Tuesday
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 3, 5), 3, d -> false)).isEqualTo(LocalDate.of(2026, 3, 10));
		// Saturday: Monday, Tuesday, Wednesday
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 3, 7), 3, d -> false)).isEqualTo(LocalDate.of(2026, 3, 11));
	}

	@Test
	void theCentersHolidaysDoNotCount() {
		// 2026 추석: 9월 24~26일 (Thu to Sat); an inquiry on Wednesday 23rd is due on Wednesday the 30th
		Set<LocalDate> chuseok = Set.of(LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 26));
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 9, 23), 3, chuseok::contains))
			.isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 9, 23), 3, d -> false)).isEqualTo(LocalDate.of(2026, 9, 28));
	}

	@Test
	void aCalendarClosedForMonthsStopsAfterSixtyDays() {
		assertThat(AnswerDeadlines.due(LocalDate.of(2026, 3, 2), 3, d -> true)).isEqualTo(LocalDate.of(2026, 5, 1));
	}
}
