package org.ieum.enterprises.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** Which stage moves go through and which are refused with which message. */
class StageRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static String refusal(Stage current, LocalDate since, Stage next, LocalDate on, String reason) {
		try {
			StageRules.check(current, since, next, on, reason, TODAY);
		}
		catch (Refusal refused) {
			return refused.messageKey();
		}
		return "accepted";
	}

	@Test
	void forwardMovesNeedNoReasonButBackwardMovesDo() {
		LocalDate since = LocalDate.of(2025, 3, 1);
		assertThat(refusal(Stage.FOUNDED, since, Stage.PREPARING_DESIGNATION, TODAY, "")).isEqualTo("accepted");
		assertThat(refusal(Stage.FOUNDED, since, Stage.LEADING, TODAY, null)).isEqualTo("accepted");
		assertThat(refusal(Stage.CERTIFIED, since, Stage.PREPARING_CERTIFICATION, TODAY, "  "))
			.isEqualTo("stages.error.reasonNeeded");
		assertThat(StageRules.check(Stage.CERTIFIED, since, Stage.PREPARING_CERTIFICATION, TODAY, "  인증 요건 미달 \n", TODAY))
			.isEqualTo("인증 요건 미달");
	}

	@Test
	void exitsAreReachableFromAnywhereAndLeavingOneNeedsAReason() {
		LocalDate since = LocalDate.of(2025, 3, 1);
		assertThat(refusal(Stage.GROWING, since, Stage.DORMANT, TODAY, null)).isEqualTo("accepted");
		assertThat(refusal(Stage.DISCOVERED, since, Stage.CLOSED, TODAY, null)).isEqualTo("accepted");
		assertThat(refusal(Stage.DORMANT, since, Stage.CLOSED, TODAY, null)).isEqualTo("accepted");
		assertThat(refusal(Stage.DORMANT, since, Stage.GROWING, TODAY, null)).isEqualTo("stages.error.reasonNeeded");
		assertThat(refusal(Stage.DESIGNATION_REVOKED, since, Stage.PREPARING_DESIGNATION, TODAY, "재지정 준비"))
			.isEqualTo("accepted");
	}

	@Test
	void theDateIsNotInTheFutureNorBeforeTheCurrentStageBegan() {
		LocalDate since = LocalDate.of(2026, 6, 1);
		assertThat(refusal(Stage.FOUNDED, since, Stage.DESIGNATED, TODAY.plusDays(1), null)).isEqualTo("stages.error.future");
		assertThat(refusal(Stage.FOUNDED, since, Stage.DESIGNATED, since.minusDays(1), null))
			.isEqualTo("stages.error.beforeCurrent");
		assertThat(refusal(Stage.FOUNDED, since, Stage.DESIGNATED, since, null)).isEqualTo("accepted");
		assertThat(refusal(Stage.FOUNDED, since, Stage.DESIGNATED, null, null)).isEqualTo("stages.error.dateRequired");
	}

	@Test
	void theSameStageAMissingStageAndALongReasonAreRefused() {
		LocalDate since = LocalDate.of(2026, 6, 1);
		assertThat(refusal(Stage.FOUNDED, since, Stage.FOUNDED, TODAY, "사유")).isEqualTo("stages.error.same");
		assertThat(refusal(Stage.FOUNDED, since, null, TODAY, null)).isEqualTo("stages.error.stageRequired");
		assertThat(refusal(Stage.GROWING, since, Stage.FOUNDED, TODAY, "가".repeat(501)))
			.isEqualTo("stages.error.reasonTooLong");
		assertThat(refusal(Stage.GROWING, since, Stage.FOUNDED, TODAY, "가".repeat(500))).isEqualTo("accepted");
	}

	@Test
	void aFirstPlacementMayBeAnyStageOnAnyPastDate() {
		assertThat(refusal(null, null, Stage.CERTIFIED, LocalDate.of(2015, 1, 1), null)).isEqualTo("accepted");
		assertThatThrownBy(() -> StageRules.check(null, null, Stage.CERTIFIED, TODAY.plusDays(3), null, TODAY))
			.isInstanceOf(Refusal.class);
		assertThat(Stage.path()).hasSize(9).startsWith(Stage.DISCOVERED).endsWith(Stage.LEADING);
		assertThat(Stage.exits()).containsExactly(Stage.DORMANT, Stage.CLOSED, Stage.DESIGNATION_REVOKED);
	}
}
