package org.ieum.education.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.ieum.education.course.CourseSession;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Who completed a course: the share of sessions attended against the course's required percent. */
class AttendanceProgressTests {

	@Test
	void completingNeedsTheRequiredShareWithoutRoundingUp() {
		// 11 of 14 is 78.57 %, short of 80 %, although it shows as 78
		Attendance.Progress short11 = Attendance.Progress.of(11, 14, 80, true);
		assertThat(short11.percent()).isEqualTo(78);
		assertThat(short11.completed()).isFalse();
		// 12 of 15 is exactly 80 %
		assertThat(Attendance.Progress.of(12, 15, 80, true).completed()).isTrue();
		assertThat(Attendance.Progress.of(15, 15, 100, true).completed()).isTrue();
		assertThat(Attendance.Progress.of(14, 15, 100, true).completed()).isFalse();
	}

	@Test
	void nobodyCompletesACourseWhoseLastSessionHasNotBegun() {
		Attendance.Progress all = Attendance.Progress.of(3, 3, 80, false);
		assertThat(all.percent()).isEqualTo(100);
		assertThat(all.completed()).isFalse();
	}

	@Test
	void aCourseWithoutSessionsShowsNoProgressAndNoCompletion() {
		Attendance.Progress none = Attendance.Progress.of(0, 0, 0, true);
		assertThat(none.percent()).isZero();
		assertThat(none.completed()).isFalse();
	}

	@Test
	void noSessionsAttendedIsZeroPercent() {
		Attendance.Progress nothing = Attendance.Progress.of(0, 10, 80, true);
		assertThat(nothing.percent()).isZero();
		assertThat(nothing.completed()).isFalse();
	}

	@Test
	void theLastSessionHasBegunFromItsStartingMinuteOn() {
		Instant start = Instant.parse("2026-05-04T01:00:00Z");
		List<CourseSession> sessions = List.of(
				new CourseSession(1, start.minusSeconds(7 * 86400), start.minusSeconds(7 * 86400 - 7200), "A", "1111"),
				new CourseSession(1, start, start.plusSeconds(7200), "A", "2222"));
		assertThat(attendanceAt(start.minusSeconds(1)).lastHasBegun(sessions)).isFalse();
		assertThat(attendanceAt(start).lastHasBegun(sessions)).isTrue();
		assertThat(attendanceAt(start.plusSeconds(86400)).lastHasBegun(sessions)).isTrue();
		assertThat(attendanceAt(start).lastHasBegun(List.of())).isFalse();
	}

	private static Attendance attendanceAt(Instant now) {
		return new Attendance(null, null, null, null, null, Clock.fixed(now, ZoneOffset.UTC));
	}
}
