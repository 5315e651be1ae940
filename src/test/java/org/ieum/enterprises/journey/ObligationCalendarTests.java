package org.ieum.enterprises.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.VillageStage;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.shared.Seoul;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The obligations each designation type brings, on the Seoul calendar. */
class ObligationCalendarTests {

	private static Designation designation(long id, DesignationType type, VillageStage stage, LocalDate designatedOn,
			LocalDate validUntil, DesignationStatus status) {
		Designation d = new Designation(7L, new DesignationTerms(type, "제2020-001호", null,
				type.needsMinistry() ? "고용노동부" : null, stage, null, designatedOn, validUntil, status), Designation.MANUAL,
				Instant.EPOCH);
		ReflectionTestUtils.setField(d, "id", id);
		return d;
	}

	private static List<LocalDate> dueDays(Designation d, List<ObligationRule> rules, LocalDate today) {
		return ObligationCalendar.derive(d, rules, today).stream().map(DueObligation::dueOn).toList();
	}

	@Test
	void aCertifiedSocialEnterpriseReportsAtTheEndOfAprilAndOctoberWithinAYearEitherSide() {
		Designation d = designation(1, DesignationType.SOCIAL_ENTERPRISE, null, LocalDate.of(2015, 3, 2), null,
				DesignationStatus.ACTIVE);
		List<DueObligation> due = ObligationCalendar.derive(d, List.of(), LocalDate.of(2027, 5, 10));
		assertThat(due).extracting(DueObligation::dueOn).containsExactly(LocalDate.of(2026, 10, 31),
				LocalDate.of(2027, 4, 30), LocalDate.of(2027, 10, 31), LocalDate.of(2028, 4, 30));
		assertThat(due).allSatisfy(o -> assertThat(o.kind()).isEqualTo(ObligationKind.BUSINESS_REPORT));
		assertThat(due.get(1).key()).isEqualTo("d1-BUSINESS_REPORT-2027-04-30");
	}

	@Test
	void theDueDayIsTheSeoulDateSoAReportDueTodayInSeoulIsNotYetOverdueAtUtcEvening() {
		// 2027-04-30 16:00 UTC is already 1 May 01:00 in Seoul: the April report is a day overdue there
		LocalDate seoul = Seoul.today(java.time.Clock.fixed(Instant.parse("2027-04-30T16:00:00Z"), ZoneOffset.UTC));
		assertThat(seoul).isEqualTo(LocalDate.of(2027, 5, 1));
		Designation d = designation(2, DesignationType.SOCIAL_ENTERPRISE, null, LocalDate.of(2020, 1, 1), null,
				DesignationStatus.ACTIVE);
		assertThat(dueDays(d, List.of(), seoul)).filteredOn(day -> day.isBefore(seoul)).last()
			.isEqualTo(LocalDate.of(2027, 4, 30));
	}

	@Test
	void reportsStartAfterCertificationAndStopWhenTheDesignationIsCancelledOrExpired() {
		Designation fresh = designation(3, DesignationType.SOCIAL_ENTERPRISE, null, LocalDate.of(2027, 5, 20), null,
				DesignationStatus.ACTIVE);
		assertThat(dueDays(fresh, List.of(), LocalDate.of(2027, 6, 1))).containsExactly(LocalDate.of(2027, 10, 31),
				LocalDate.of(2028, 4, 30));
		Designation cancelled = designation(4, DesignationType.SOCIAL_ENTERPRISE, null, LocalDate.of(2015, 1, 1), null,
				DesignationStatus.CANCELLED);
		assertThat(ObligationCalendar.derive(cancelled, List.of(), LocalDate.of(2027, 6, 1))).isEmpty();
		Designation expired = designation(5, DesignationType.SOCIAL_ENTERPRISE, null, LocalDate.of(2015, 1, 1), null,
				DesignationStatus.EXPIRED);
		assertThat(ObligationCalendar.derive(expired, List.of(), LocalDate.of(2027, 6, 1))).isEmpty();
	}

	@Test
	void aPreSocialEnterpriseWithoutAnEndDateExpiresThreeYearsOnAndALeapDayDesignationOnTheLastDayOfFebruary() {
		Designation regional = designation(6, DesignationType.PRE_SOCIAL_REGIONAL, null, LocalDate.of(2025, 3, 1), null,
				DesignationStatus.ACTIVE);
		List<DueObligation> due = ObligationCalendar.derive(regional, List.of(), LocalDate.of(2027, 6, 1));
		assertThat(due).singleElement().satisfies(o -> {
			assertThat(o.kind()).isEqualTo(ObligationKind.DESIGNATION_EXPIRY);
			assertThat(o.dueOn()).isEqualTo(LocalDate.of(2028, 2, 29));
		});
		Designation leap = designation(7, DesignationType.PRE_SOCIAL_MINISTRY, null, LocalDate.of(2024, 2, 29), null,
				DesignationStatus.ACTIVE);
		assertThat(dueDays(leap, List.of(), LocalDate.of(2026, 6, 1))).containsExactly(LocalDate.of(2027, 2, 28));
		Designation recorded = designation(8, DesignationType.PRE_SOCIAL_REGIONAL, null, LocalDate.of(2025, 3, 1),
				LocalDate.of(2026, 12, 31), DesignationStatus.ACTIVE);
		assertThat(dueDays(recorded, List.of(), LocalDate.of(2026, 6, 1))).containsExactly(LocalDate.of(2026, 12, 31));
	}

	@Test
	void villageEnterpriseDutiesComeFromTheRulesForTheirStageAndFebruaryEndsOnTheTwentyNinthInLeapYears() {
		ObligationRule every = new ObligationRule(11, DesignationType.VILLAGE_ENTERPRISE, null, "연간 실적 보고", 2);
		ObligationRule onlyNew = new ObligationRule(12, DesignationType.VILLAGE_ENTERPRISE, VillageStage.NEW, "정산 보고", 12);
		Designation advanced = designation(9, DesignationType.VILLAGE_ENTERPRISE, VillageStage.ADVANCED,
				LocalDate.of(2020, 5, 1), null, DesignationStatus.ACTIVE);
		List<DueObligation> due = ObligationCalendar.derive(advanced, List.of(every, onlyNew), LocalDate.of(2027, 6, 1));
		assertThat(due).extracting(DueObligation::dueOn).containsExactly(LocalDate.of(2027, 2, 28), LocalDate.of(2028, 2, 29));
		assertThat(due).extracting(DueObligation::title).containsOnly("연간 실적 보고");
		assertThat(due.get(1).key()).isEqualTo("d9-DUTY-11-2028-02-29");
		Designation fresh = designation(10, DesignationType.VILLAGE_ENTERPRISE, VillageStage.NEW, LocalDate.of(2020, 5, 1),
				null, DesignationStatus.ACTIVE);
		assertThat(dueDays(fresh, List.of(every, onlyNew), LocalDate.of(2026, 6, 1))).containsExactly(
				LocalDate.of(2025, 12, 31), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 2, 28));
	}

	@Test
	void aCooperativeWithoutEndDateOrRulesHasNoObligations() {
		Designation coop = designation(12, DesignationType.COOPERATIVE, null, LocalDate.of(2019, 1, 1), null,
				DesignationStatus.ACTIVE);
		assertThat(ObligationCalendar.derive(coop, List.of(), LocalDate.of(2027, 6, 1))).isEmpty();
	}
}
