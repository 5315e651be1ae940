package org.ieum.enterprises.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** Which checklist entries are accepted, which are refused with which message, and how readiness is counted. */
class ReadinessRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static String outcome(Requirement requirement, ItemState state, Long number, LocalDate date, boolean file) {
		try {
			ReadinessRules.check(requirement, state, number, date, null, file, TODAY);
			return "accepted";
		}
		catch (Refusal refused) {
			return refused.messageKey();
		}
	}

	@Test
	void metNeedsTheEvidenceTheRequirementAsksFor() {
		assertThat(outcome(Requirement.SE_ARTICLES, ItemState.MET, null, null, false)).isEqualTo("readiness.error.needsFile");
		assertThat(outcome(Requirement.SE_ARTICLES, ItemState.MET, null, null, true)).isEqualTo("accepted");
		assertThat(outcome(Requirement.SE_PAID_WORKERS, ItemState.MET, null, null, true))
			.isEqualTo("readiness.error.needsNumber");
		assertThat(outcome(Requirement.CO_FOUNDING_MEETING, ItemState.MET, null, null, true))
			.isEqualTo("readiness.error.needsDate");
		assertThat(outcome(Requirement.CO_FOUNDING_MEETING, ItemState.MET, null, TODAY, false)).isEqualTo("accepted");
		assertThat(outcome(Requirement.SE_PROFIT_REINVESTMENT, ItemState.MET, null, null, false)).isEqualTo("accepted");
	}

	@Test
	void aNumberBelowTheLegalThresholdIsNotMetButMayNeedWork() {
		assertThat(outcome(Requirement.SE_REVENUE_RATIO, ItemState.MET, 49L, null, false))
			.isEqualTo("readiness.error.belowMinimum");
		assertThat(outcome(Requirement.SE_REVENUE_RATIO, ItemState.MET, 50L, null, false)).isEqualTo("accepted");
		assertThat(outcome(Requirement.SE_REVENUE_RATIO, ItemState.NEEDS_WORK, 38L, null, false)).isEqualTo("accepted");
		assertThat(outcome(Requirement.CO_FOUNDERS, ItemState.MET, 4L, null, false)).isEqualTo("readiness.error.belowMinimum");
		assertThat(outcome(Requirement.VE_MEMBERS, ItemState.MET, 5L, null, false)).isEqualTo("accepted");
	}

	@Test
	void badValuesAreRefusedWhateverTheState() {
		assertThat(outcome(Requirement.SE_PAID_WORKERS, ItemState.UNCHECKED, -1L, null, false))
			.isEqualTo("readiness.error.number");
		assertThat(outcome(Requirement.CO_REGISTERED, ItemState.NEEDS_WORK, null, TODAY.plusDays(1), false))
			.isEqualTo("readiness.error.future");
		assertThat(outcome(Requirement.CO_REGISTERED, null, null, null, false)).isEqualTo("readiness.error.stateRequired");
	}

	@Test
	void readinessIsTheShareMetRoundedDownAndEachTrackHasItsOwnRequirements() {
		assertThat(ReadinessRules.percent(1, 7)).isEqualTo(14);
		assertThat(ReadinessRules.percent(2, 3)).isEqualTo(66);
		assertThat(ReadinessRules.percent(7, 7)).isEqualTo(100);
		assertThat(ReadinessRules.percent(0, 0)).isZero();
		assertThat(Track.SOCIAL_ENTERPRISE.requirements()).hasSize(7);
		assertThat(Track.VILLAGE_ENTERPRISE.requirements()).hasSize(5);
		assertThat(Track.COOPERATIVE.requirements()).hasSize(5);
	}
}
