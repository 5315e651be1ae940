package org.ieum.governance.giveback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** The rules of a give-back project on their own: its days, what it gives, and the review steps. */
class GiveBackRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 5, 1);
	private static final Instant NOW = Instant.parse("2026-05-02T01:00:00Z");

	@Test
	void aProjectEndsOnOrAfterItsFirstDayAndGivesSomething() {
		assertThatThrownBy(() -> details(DAY, DAY.minusDays(1), 3, 0)).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.giveback.error.endBeforeStart");
		assertThatThrownBy(() -> details(DAY, DAY, 0, 0)).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.giveback.error.nothingGiven");
		assertThatThrownBy(() -> details(DAY, DAY, -1, 5_000)).isInstanceOf(Refusal.class);
		assertThat(details(DAY, DAY, 0, 5_000).amountWon()).isEqualTo(5_000);
	}

	@Test
	void aReportedProjectIsReviewedOnceAndLockedWhenAccepted() {
		GiveBack project = GiveBack.reported(1, 2, "행복베이커리", details(DAY, DAY, 4, 0), 9, NOW);
		assertThat(project.getStatus()).isEqualTo(GiveBackStatus.SUBMITTED);
		project.returnWith("사진을 붙여 주세요");
		assertThat(project.getStatus()).isEqualTo(GiveBackStatus.RETURNED);
		assertThatThrownBy(() -> project.accept(null)).isInstanceOf(Refusal.class);
		project.correct(details(DAY, DAY.plusDays(2), 6, 0), 9, NOW);
		assertThat(project.getStatus()).isEqualTo(GiveBackStatus.SUBMITTED);
		assertThat(project.getHours()).isEqualTo(6);
		project.accept("확인했습니다");
		assertThatThrownBy(() -> project.correct(details(DAY, DAY, 60, 0), 9, NOW)).isInstanceOf(Refusal.class);
		assertThat(project.getHours()).isEqualTo(6);
		assertThatThrownBy(() -> project.returnWith("늦은 반려")).isInstanceOf(Refusal.class);
	}

	@Test
	void aProjectStaffEnterCountsAtOnce() {
		assertThat(GiveBack.recordedByStaff(1, 2, "행복베이커리", details(DAY, DAY, 0, 10_000), 7, NOW).getStatus())
			.isEqualTo(GiveBackStatus.ACCEPTED);
	}

	private static GiveBack.Details details(LocalDate from, LocalDate to, int hours, long won) {
		return new GiveBack.Details("도시락 나눔", "어르신", from, to, hours, won, null);
	}
}
