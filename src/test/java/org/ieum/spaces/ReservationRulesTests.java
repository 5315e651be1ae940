package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.centers.OpeningHoursOnDate.Basis;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** Each rule a reservation request must pass, at its edges; no Spring, no database. */
class ReservationRulesTests {

	private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

	private static final OpeningHoursOnDate NINE_TO_SIX = new OpeningHoursOnDate(1, DAY, true, LocalTime.of(9, 0),
			LocalTime.of(18, 0), Basis.WEEKLY, null);

	private static LocalTime at(int hour, int minute) {
		return LocalTime.of(hour, minute);
	}

	private static void refused(ThrowingCallable rule, String messageKey) {
		assertThatThrownBy(rule).isInstanceOf(Refusal.class)
			.satisfies(ex -> assertThat(((Refusal) ex).messageKey()).isEqualTo(messageKey));
	}

	private static void passes(ThrowingCallable rule) {
		assertThatCode(rule).doesNotThrowAnyException();
	}

	private static CurrentUser user(Set<Role> roles, Set<Long> staffOf) {
		return new CurrentUser(7, "someone@example.kr", "누군가", roles, staffOf);
	}

	@Test
	void aReservationMayEndExactlyAtClosingTimeAndStartExactlyAtOpeningTime() {
		passes(() -> ReservationRules.withinOpeningHours(NINE_TO_SIX, at(9, 0), at(18, 0)));
		refused(() -> ReservationRules.withinOpeningHours(NINE_TO_SIX, at(17, 30), at(18, 30)),
				"spaces.error.outsideHours");
		refused(() -> ReservationRules.withinOpeningHours(NINE_TO_SIX, at(8, 30), at(9, 30)),
				"spaces.error.outsideHours");
	}

	@Test
	void aHolidayOrClosureRefusesTheDayWhateverTheTime() {
		OpeningHoursOnDate holiday = new OpeningHoursOnDate(1, DAY, false, null, null, Basis.HOLIDAY, "현충일");
		refused(() -> ReservationRules.withinOpeningHours(holiday, at(10, 0), at(11, 0)), "spaces.error.closedDay");
	}

	@Test
	void theBookingWindowIncludesBothOfItsEnds() {
		passes(() -> ReservationRules.withinWindow(DAY, DAY.plusDays(1), 1, 30));
		passes(() -> ReservationRules.withinWindow(DAY, DAY.plusDays(30), 1, 30));
		refused(() -> ReservationRules.withinWindow(DAY, DAY, 1, 30), "spaces.error.window");
		refused(() -> ReservationRules.withinWindow(DAY, DAY.plusDays(31), 1, 30), "spaces.error.window");
		passes(() -> ReservationRules.withinWindow(DAY, DAY, 0, 30));
	}

	@Test
	void aReservationStartingThisVeryInstantIsInThePast() {
		Instant now = Instant.parse("2026-06-01T01:00:00Z");
		refused(() -> ReservationRules.notPast(now, now), "spaces.error.past");
		passes(() -> ReservationRules.notPast(now.plusSeconds(1), now));
	}

	@Test
	void thePartyMayFillTheSpaceButNotExceedIt() {
		passes(() -> ReservationRules.partySize(8, 8));
		refused(() -> ReservationRules.partySize(9, 8), "spaces.error.capacity");
		refused(() -> ReservationRules.partySize(0, 8), "spaces.error.headcountMin");
		passes(() -> ReservationRules.partySize(1, 8));
	}

	@Test
	void theShortestAndLongestLengthsAreAllowedAndNothingBeyond() {
		passes(() -> ReservationRules.length(at(10, 0), at(11, 0), 60, 240));
		passes(() -> ReservationRules.length(at(10, 0), at(14, 0), 60, 240));
		refused(() -> ReservationRules.length(at(10, 0), at(10, 30), 60, 240), "spaces.error.length");
		refused(() -> ReservationRules.length(at(10, 0), at(14, 30), 60, 240), "spaces.error.length");
	}

	@Test
	void timesOffTheHalfHourGridOrAnEndNotAfterTheStartAreRefused() {
		passes(() -> ReservationRules.onTheGrid(at(10, 30), at(11, 0)));
		refused(() -> ReservationRules.onTheGrid(at(10, 15), at(11, 0)), "spaces.error.grid");
		refused(() -> ReservationRules.onTheGrid(at(10, 0), at(10, 0)), "spaces.error.grid");
		refused(() -> ReservationRules.onTheGrid(at(11, 0), at(10, 0)), "spaces.error.grid");
		refused(() -> ReservationRules.onTheGrid(LocalTime.of(10, 0, 1), at(11, 0)), "spaces.error.grid");
	}

	@Test
	void aPurposeIsRequiredAndAtMostThreeHundredCharactersOnceTrimmed() {
		refused(() -> ReservationRules.purpose("   "), "spaces.error.purpose");
		refused(() -> ReservationRules.purpose(null), "spaces.error.purpose");
		passes(() -> ReservationRules.purpose("  " + "가".repeat(300) + "  "));
		refused(() -> ReservationRules.purpose("가".repeat(301)), "spaces.error.purposeLength");
	}

	@Test
	void membersSpacesAreForEnterpriseMembersExpertsAndStaffAndStaffSpacesForTheCentersStaff() {
		CurrentUser citizen = user(Set.of(Role.CITIZEN), Set.of());
		CurrentUser member = user(Set.of(Role.ENTERPRISE_MEMBER), Set.of());
		CurrentUser otherCentersStaff = user(Set.of(Role.CENTER_STAFF), Set.of(2L));
		passes(() -> ReservationRules.audience(BookingAudience.SIGNED_IN, 1, citizen));
		refused(() -> ReservationRules.audience(BookingAudience.MEMBERS, 1, citizen), "spaces.error.audience.MEMBERS");
		passes(() -> ReservationRules.audience(BookingAudience.MEMBERS, 1, member));
		passes(() -> ReservationRules.audience(BookingAudience.MEMBERS, 1, otherCentersStaff));
		refused(() -> ReservationRules.audience(BookingAudience.STAFF, 1, otherCentersStaff), "spaces.error.audience.STAFF");
		passes(() -> ReservationRules.audience(BookingAudience.STAFF, 2, otherCentersStaff));
	}

	@Test
	void aReservationStartingExactlyWhenAnothersHeldTimeEndsIsFree() {
		Instant ten = Instant.parse("2026-06-01T01:00:00Z");
		Instant eleven = ten.plusSeconds(3600);
		Instant heldUntil = ReservationRules.heldUntil(eleven, 30);
		assertThat(heldUntil).isEqualTo(eleven.plusSeconds(1800));
		// 10:00-11:00 with a 30-minute buffer holds the space until 11:30
		assertThat(ReservationRules.holds(ten, heldUntil, heldUntil, heldUntil.plusSeconds(3600))).isFalse();
		assertThat(ReservationRules.holds(ten, heldUntil, eleven, eleven.plusSeconds(3600))).isTrue();
		// one that ends exactly when the held time starts is free too
		assertThat(ReservationRules.holds(ten, heldUntil, ten.minusSeconds(3600), ten)).isFalse();
	}
}
