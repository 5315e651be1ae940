package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Councils;
import org.ieum.governance.councils.Meeting;
import org.ieum.governance.councils.MeetingChanges;
import org.ieum.governance.councils.MemberRole;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Moving meetings on real PostgreSQL: two staff moving two meetings into the same slot of one room
 * at once — exactly one gets it, the other meeting keeps its time and its old booking.
 */
@IeumPostgresTest
class MeetingChangesPostgresTests {

	/** A center id no other test uses (this module's range). */
	private static final long CENTER = 880_991L;

	@Autowired
	Councils councils;

	@Autowired
	MeetingChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void asAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void twoStaffMovingTwoMeetingsIntoOneSlotLeaveExactlyOneThere() throws Exception {
		long room = room("회의 옮기기 회의실 " + System.nanoTime());
		Council council = councils.create(CENTER, new Councils.CouncilTerms("옮기기 위원회 " + System.nanoTime(), null, true,
				1, 0));
		LocalDate day = LocalDate.of(2031, 3, 4);
		councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("옮기기 위원", null, null, MemberRole.CHAIR,
				LocalDate.of(2031, 1, 1), LocalDate.of(2031, 12, 31)));
		Meeting first = councils.schedule(council.getId(), CENTER,
				new Councils.MeetingTerms("첫 회의", day, LocalTime.of(9, 0), LocalTime.of(10, 0), room, null));
		Meeting second = councils.schedule(council.getId(), CENTER,
				new Councils.MeetingTerms("둘째 회의", day, LocalTime.of(16, 0), LocalTime.of(17, 0), room, null));
		List<Meeting> both = List.of(first, second);

		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (Meeting meeting : both) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
				start.await();
				try {
					changes.reschedule(meeting.getId(), CENTER, new Councils.MeetingTerms(meeting.getTitle(), day,
							LocalTime.of(13, 0), LocalTime.of(14, 0), room, null));
					return true;
				}
				catch (Refusal | ConcurrencyFailureException refused) {
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		List<Boolean> moved = new ArrayList<>();
		for (Future<Boolean> result : results) {
			moved.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(moved).containsExactlyInAnyOrder(true, false);
		OffsetDateTime slot = day.atTime(13, 0).atZone(Seoul.ZONE).toOffsetDateTime();
		assertThat(jdbc.queryForObject("select count(*) from governance_meeting where council_id = ? and starts_at = ?",
				Integer.class, council.getId(), slot)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where space_id = ? and status <> 'CANCELLED'"
				+ " and starts_at < ? and ends_at > ?", Integer.class, room, slot.plusHours(1), slot)).isOne();
		// the meeting that lost keeps its own time and its live booking
		Meeting loser = both.get(moved.get(0) ? 1 : 0);
		int hour = loser == first ? 9 : 16;
		assertThat(jdbc.queryForObject("select starts_at from governance_meeting where id = ?", OffsetDateTime.class,
				loser.getId()).toInstant()).isEqualTo(day.atTime(hour, 0).atZone(Seoul.ZONE).toInstant());
		assertThat(jdbc.queryForObject("select r.status from spaces_reservation r join governance_meeting m"
				+ " on m.booking_id = r.id where m.id = ?", String.class, loser.getId())).isNotEqualTo("CANCELLED");
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where space_id = ? and status <> 'CANCELLED'",
				Integer.class, room)).isEqualTo(2);
	}

	private long room(String name) {
		jdbc.update("""
				insert into spaces_space (center_id, site_id, name, kind, capacity, audience, hourly_fee_won, min_minutes,
				  max_minutes, min_days_ahead, max_days_ahead, buffer_minutes, needs_approval, cancel_hours_before, active,
				  created_at)
				values (?, 880991, ?, 'MEETING_ROOM', 20, 'SIGNED_IN', 0, 60, 240, 0, 60, 0, false, 24, true, now())""",
				CENTER, name);
		return jdbc.queryForObject("select max(id) from spaces_space where name = ?", Long.class, name);
	}
}
