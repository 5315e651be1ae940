package org.ieum.governance.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** The self-assessment's rules on their own: answers in range, what they earn, the grade, the review steps. */
class AssessmentRulesTests {

	private static final Instant NOW = Instant.parse("2026-05-01T00:00:00Z");

	@Test
	void aNumberOutsideItsRangeOrAnUnlistedChoiceIsRefused() {
		Indicator jobs = new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.NUMBER, "고용", 10, 0, 20, null, NOW);
		assertThat(jobs.read(" 20 ")).isEqualTo("20");
		assertThatThrownBy(() -> jobs.read("21")).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.answerRange");
		assertThatThrownBy(() -> jobs.read("-1")).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> jobs.read("열")).isInstanceOf(Refusal.class);
		assertThatThrownBy(() -> jobs.read("")).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.answerMissing");
		Indicator often = new Indicator(1, 2026, IndicatorArea.ECONOMIC, IndicatorKind.CHOICE, "환원", 10, null, null,
				List.of("자주", "가끔", "없음"), NOW);
		assertThatThrownBy(() -> often.read("매일")).isInstanceOf(Refusal.class)
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.answerChoice");
		Indicator yes = new Indicator(1, 2026, IndicatorArea.INNOVATION, IndicatorKind.YES_NO, "출시", 10, null, null,
				null, NOW);
		assertThatThrownBy(() -> yes.read("maybe")).isInstanceOf(Refusal.class);
	}

	@Test
	void answersEarnTheirShareOfTheWeight() {
		Indicator jobs = new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.NUMBER, "고용", 10, 10, 20, null, NOW);
		assertThat(jobs.fraction("15")).isEqualTo(0.5);
		assertThat(jobs.fraction("10")).isZero();
		Indicator often = new Indicator(1, 2026, IndicatorArea.ECONOMIC, IndicatorKind.CHOICE, "환원", 10, null, null,
				List.of("자주", "가끔", "없음"), NOW);
		assertThat(often.fraction("자주")).isEqualTo(1);
		assertThat(often.fraction("가끔")).isEqualTo(0.5);
		assertThat(often.fraction("없음")).isZero();
	}

	@Test
	void badIndicatorsAreRefused() {
		assertThatThrownBy(() -> new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.NUMBER, "고용", 10, 5, 5,
				null, NOW)).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.numberRange");
		assertThatThrownBy(() -> new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.CHOICE, "환원", 10, null,
				null, List.of("하나"), NOW)).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.choices");
		assertThatThrownBy(() -> new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.TEXT, "사례", 5, null,
				null, null, NOW)).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.textWeight");
		assertThatThrownBy(() -> new Indicator(1, 2026, IndicatorArea.SOCIAL, IndicatorKind.YES_NO, "공헌", 0, null,
				null, null, NOW)).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.weight");
	}

	@Test
	void gradesFollowTheScore() {
		assertThat(Grade.of(100)).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.of(90)).isEqualTo(Grade.EXCELLENT);
		assertThat(Grade.of(89)).isEqualTo(Grade.GOOD);
		assertThat(Grade.of(75)).isEqualTo(Grade.GOOD);
		assertThat(Grade.of(74)).isEqualTo(Grade.FAIR);
		assertThat(Grade.of(60)).isEqualTo(Grade.FAIR);
		assertThat(Grade.of(59)).isEqualTo(Grade.POOR);
	}

	@Test
	void aSubmittedAssessmentIsLockedUntilReturnedAndOnlyASubmittedOneIsReviewed() {
		Assessment assessment = new Assessment(1, 2026, 2, "조직", 3);
		assertThatThrownBy(() -> assessment.accept(null)).isInstanceOf(Refusal.class);
		assessment.submit(Map.of(1L, "yes"), 100, 3, NOW);
		assertThatThrownBy(() -> assessment.submit(Map.of(1L, "no"), 0, 3, NOW))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.assessmentLocked");
		assessment.returnWith("증빙이 빠졌습니다");
		assessment.submit(Map.of(1L, "no"), 0, 3, NOW);
		assertThat(assessment.getAnswers()).containsEntry(1L, "no");
		assessment.accept(null);
		assertThat(assessment.getStatus()).isEqualTo(AssessmentStatus.ACCEPTED);
		assertThatThrownBy(() -> assessment.returnWith("다시")).isInstanceOf(Refusal.class);
	}
}
