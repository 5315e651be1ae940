package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import org.ieum.governance.councils.AgendaItem;
import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Decision;
import org.ieum.governance.councils.Meeting;
import org.ieum.governance.councils.Member;
import org.ieum.governance.councils.MemberRole;
import org.ieum.governance.councils.Minutes;
import org.ieum.governance.councils.Schedule;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.junit.jupiter.api.Test;

/** The council rules on their own: terms, meetings within terms, quorum, decisions, locked minutes, the schedule. */
class CouncilRulesTests {

	private static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");
	private static final LocalDate DAY = LocalDate.of(2026, 3, 12);

	private final Council council = withId(new Council(7, "운영위원회", null, true, 3, 3, NOW), 1L);

	private final List<Member> members = List.of(
			member(11, MemberRole.CHAIR, "2026-01-01", "2027-12-31"),
			member(12, MemberRole.MEMBER, "2026-01-01", "2027-12-31"),
			member(13, MemberRole.MEMBER, "2026-01-01", "2026-04-30"),
			member(14, MemberRole.SECRETARY, "2024-01-01", "2025-12-31"));

	@Test
	void aTermThatEndsBeforeItStartsIsRefused() {
		assertThatThrownBy(() -> new Member(1, "홍길동", null, null, null, MemberRole.MEMBER, LocalDate.of(2026, 5, 1),
				LocalDate.of(2026, 4, 30), NOW))
			.isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.termDates");
	}

	@Test
	void aMeetingWhenTooFewMembersServeIsRefused() {
		assertThat(meeting(DAY).day()).isEqualTo(DAY);
		// on 2026-05-12 only two members serve: the quorum of three cannot be reached
		assertThatThrownBy(() -> meeting(LocalDate.of(2026, 5, 12)))
			.isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.outsideTerms");
	}

	@Test
	void attendanceMarksWhetherTheQuorumWasReached() {
		Meeting meeting = meeting(DAY);
		meeting.recordAttendance(council, members, Set.of(11L, 12L));
		assertThat(meeting.getQuorumMet()).isFalse();
		meeting.recordAttendance(council, members, Set.of(11L, 12L, 13L));
		assertThat(meeting.getQuorumMet()).isTrue();
		assertThat(meeting.getAttendees()).isEqualTo(3);
	}

	@Test
	void onlyMembersServingOnTheDayCanAttend() {
		Meeting meeting = meeting(DAY);
		assertThatThrownBy(() -> meeting.recordAttendance(council, members, Set.of(11L, 12L, 14L)))
			.isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.notServing");
		assertThat(meeting.getQuorumMet()).isNull();
	}

	@Test
	void aMeetingWithoutQuorumOnlyDefers() {
		Meeting meeting = meeting(DAY);
		meeting.addAgendaItem("예산안");
		long item = withItemIds(meeting);
		assertThatThrownBy(() -> meeting.decide(council, item, Decision.PASSED, 2, 0, 0))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.attendanceFirst");
		meeting.recordAttendance(council, members, Set.of(11L, 12L));
		assertThatThrownBy(() -> meeting.decide(council, item, Decision.PASSED, 2, 0, 0))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.noQuorum");
		meeting.decide(council, item, Decision.DEFERRED, 0, 0, 0);
		assertThat(meeting.getAgenda().get(0).getDecision()).isEqualTo(Decision.DEFERRED);
	}

	@Test
	void votesMustFitThePeoplePresentAndTheDecision() {
		Meeting meeting = meeting(DAY);
		meeting.addAgendaItem("예산안");
		long item = withItemIds(meeting);
		meeting.recordAttendance(council, members, Set.of(11L, 12L, 13L));
		assertThatThrownBy(() -> meeting.decide(council, item, Decision.PASSED, 3, 1, 0))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.votes");
		assertThatThrownBy(() -> meeting.decide(council, item, Decision.PASSED, 1, 1, 1))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.votesDecision");
		meeting.decide(council, item, Decision.PASSED, 2, 1, 0);
		AgendaItem decided = meeting.getAgenda().get(0);
		assertThat(decided.getDecision()).isEqualTo(Decision.PASSED);
		assertThat(decided.getVotesFor()).isEqualTo(2);
		// attendance cannot drop below the quorum under a decision that needed it
		assertThatThrownBy(() -> meeting.recordAttendance(council, members, Set.of(11L)))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.decisionsNeedQuorum");
		assertThat(meeting.getAttendees()).isEqualTo(3);
	}

	@Test
	void approvedMinutesAreLockedAndAChangeNeedsAReason() {
		Minutes minutes = new Minutes(1, 1, "초안", null, 14, NOW);
		minutes.approve(11, NOW);
		assertThatThrownBy(() -> minutes.approve(11, NOW))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.minutesLocked");
		assertThatThrownBy(() -> new Minutes(1, 2, "고친 본문", null, 14, NOW))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.reasonNeeded");
		assertThat(minutes.getBody()).isEqualTo("초안");
	}

	@Test
	void aQuarterlyCouncilIsProposedItsNextMeetings() {
		assertThat(Schedule.proposals(3, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1), 2))
			.containsExactly(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 7, 15));
		// a meeting overdue is proposed from today's side of the rhythm, never in the past
		assertThat(Schedule.proposals(3, LocalDate.of(2025, 6, 10), LocalDate.of(2026, 3, 1), 1))
			.containsExactly(LocalDate.of(2026, 3, 10));
		assertThat(Schedule.proposals(0, LocalDate.of(2026, 1, 15), LocalDate.of(2026, 3, 1), 2)).isEmpty();
	}

	@Test
	void aMoveIsCheckedLikeANewMeetingAndLeavesTheOldBookingToTheCaller() {
		Meeting meeting = meeting(DAY);
		meeting.booked(55);
		Instant from = LocalDate.of(2026, 5, 12).atTime(14, 0).atZone(Seoul.ZONE).toInstant();
		// on 2026-05-12 only two members serve: refused, the meeting keeps its day and booking
		assertThatThrownBy(() -> meeting.reschedule(council, members, "정기회의", from, from.plusSeconds(3600), null, "시청",
				false))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.outsideTerms");
		assertThat(meeting.day()).isEqualTo(DAY);
		assertThat(meeting.getBookingId()).isEqualTo(55L);
		Instant later = DAY.plusDays(1).atTime(10, 0).atZone(Seoul.ZONE).toInstant();
		meeting.reschedule(council, members, "임시회의", later, later.plusSeconds(3600), 9L, "회의실", false);
		assertThat(meeting.day()).isEqualTo(DAY.plusDays(1));
		assertThat(meeting.getTitle()).isEqualTo("임시회의");
		assertThat(meeting.getBookingId()).isNull();
	}

	@Test
	void aMeetingThatTookPlaceCanBeNeitherMovedNorCancelled() {
		Instant later = DAY.plusDays(1).atTime(10, 0).atZone(Seoul.ZONE).toInstant();
		Meeting withMinutes = meeting(DAY);
		assertThatThrownBy(() -> withMinutes.cancel("연기", NOW, true))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.heldNoCancel");
		Meeting attended = meeting(DAY);
		attended.recordAttendance(council, members, Set.of(11L, 12L));
		assertThatThrownBy(() -> attended.reschedule(council, members, "정기회의", later, later.plusSeconds(3600), null,
				"시청", false))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.heldNoMove");
		assertThatThrownBy(() -> attended.cancel("연기", NOW, false))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.heldNoCancel");
		assertThat(attended.isCancelled()).isFalse();
		assertThat(attended.day()).isEqualTo(DAY);
	}

	@Test
	void aCancelledMeetingNeedsAReasonAndTakesNothingMore() {
		Meeting meeting = meeting(DAY);
		meeting.addAgendaItem("예산안");
		assertThatThrownBy(() -> meeting.cancel(" ", NOW, false))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.cancelReason");
		assertThat(meeting.isCancelled()).isFalse();
		meeting.cancel("위원장 유고", NOW, false);
		assertThat(meeting.getCancelReason()).isEqualTo("위원장 유고");
		assertThatThrownBy(() -> meeting.recordAttendance(council, members, Set.of(11L, 12L, 13L)))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.meetingCancelled");
		assertThatThrownBy(() -> meeting.addAgendaItem("추가 안건"))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.meetingCancelled");
		assertThatThrownBy(() -> meeting.invited(NOW))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.meetingCancelled");
		assertThatThrownBy(() -> meeting.cancel("다시", NOW, false))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.meetingCancelled");
	}

	@Test
	void onlyAnUndecidedItemComesOffTheAgenda() {
		Meeting meeting = meeting(DAY);
		meeting.addAgendaItem("예산안");
		long item = withItemIds(meeting);
		meeting.recordAttendance(council, members, Set.of(11L, 12L, 13L));
		meeting.decide(council, item, Decision.DEFERRED, 0, 0, 0);
		assertThatThrownBy(() -> meeting.removeAgendaItem(item))
			.extracting(e -> ((Refusal) e).messageKey()).isEqualTo("governance.error.decidedItem");
		Meeting planned = meeting(DAY);
		planned.addAgendaItem("예산안");
		planned.removeAgendaItem(withItemIds(planned));
		assertThat(planned.getAgenda()).isEmpty();
	}

	private Meeting meeting(LocalDate day) {
		return new Meeting(council, members, "정기회의", day.atTime(LocalTime.of(14, 0)).atZone(Seoul.ZONE).toInstant(),
				day.atTime(LocalTime.of(16, 0)).atZone(Seoul.ZONE).toInstant(), null, "시청 회의실", NOW);
	}

	private Member member(long id, MemberRole role, String from, String until) {
		return withId(new Member(1, "위원" + id, null, null, null, role, LocalDate.parse(from), LocalDate.parse(until), NOW),
				id);
	}

	/** Gives the agenda items ids as the database would; returns the first. */
	private static long withItemIds(Meeting meeting) {
		long next = 100;
		for (AgendaItem item : meeting.getAgenda()) {
			withId(item, next++);
		}
		return 100;
	}

	private static <T> T withId(T entity, long id) {
		try {
			Field field = entity.getClass().getDeclaredField("id");
			field.setAccessible(true);
			field.set(entity, id);
			return entity;
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
