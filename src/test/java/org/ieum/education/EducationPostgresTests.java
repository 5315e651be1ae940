package org.ieum.education;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.assertj.core.api.Assertions;
import org.ieum.education.administration.CourseAdministration;
import org.ieum.education.course.Course;
import org.ieum.education.course.CourseDetails;
import org.ieum.education.course.CourseRepository;
import org.ieum.education.course.CourseSession;
import org.ieum.education.course.CourseSessionRepository;
import org.ieum.education.enrollment.Enrollments;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.rooms.RoomRefused;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The seat guarantee on real PostgreSQL: row locks and the check constraint, under concurrent enrollment. */
@IeumPostgresTest
class EducationPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 870_001L;

	@Autowired
	Enrollments enrollments;

	@Autowired
	CourseRepository courses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	private Course course(int capacity) {
		var today = Seoul.today(clock);
		return courses.save(new Course(CENTER, new CourseDetails(CourseKind.ACADEMY, "동시 신청 시험", null,
				TargetGroup.ANYONE, null, null, null, capacity, today.minusDays(1), today.plusDays(1), today.plusDays(1),
				false, 80, Set.of()), Instant.now()));
	}

	private static CurrentUser person(long accountId) {
		return new CurrentUser(accountId, "pg-" + accountId + "@example.kr", "참가자" + accountId, Set.of(), Set.of());
	}

	@Test
	void fiftyPeopleAskingForTheLastSeatAtOnceSeatExactlyOne() throws Exception {
		long courseId = course(3).getId();
		// two seats already taken, one left
		enrollments.enroll(courseId, person(8_100_001L), Map.of());
		enrollments.enroll(courseId, person(8_100_002L), Map.of());

		int people = 50;
		ExecutorService pool = Executors.newFixedThreadPool(people);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<EnrollmentOutcome>> results = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			long accountId = 8_200_000L + i;
			results.add(pool.submit(() -> {
				start.await();
				return enrollments.enroll(courseId, person(accountId), Map.of());
			}));
		}
		start.countDown();
		List<EnrollmentOutcome> outcomes = new ArrayList<>();
		for (Future<EnrollmentOutcome> result : results) {
			outcomes.add(result.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn(o -> o == EnrollmentOutcome.CONFIRMED).hasSize(1);
		assertThat(outcomes).filteredOn(o -> o == EnrollmentOutcome.FULL).hasSize(people - 1);
		assertThat(jdbc.queryForObject("select seats_taken from education_course where id = ?", Integer.class, courseId))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject(
				"select count(*) from education_enrollment where course_id = ? and status = 'CONFIRMED'", Integer.class,
				courseId)).isEqualTo(3);
	}

	@Test
	void concurrentCancellationsAndWaitlistKeepSeatsAndCountsInStep() throws Exception {
		long courseId = course(5).getId();
		List<Long> seated = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			enrollments.enroll(courseId, person(8_300_000L + i), Map.of());
			seated.add(jdbc.queryForObject("select max(id) from education_enrollment where course_id = ?", Long.class,
					courseId));
		}
		for (int i = 0; i < 10; i++) {
			assertThat(enrollments.joinWaitlist(courseId, person(8_310_000L + i), Map.of()))
				.isEqualTo(EnrollmentOutcome.WAITLISTED);
		}
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			long enrollmentId = seated.get(i);
			CurrentUser owner = person(8_300_000L + i);
			done.add(pool.submit(() -> {
				start.await();
				enrollments.cancelOwn(enrollmentId, owner);
				return null;
			}));
		}
		start.countDown();
		for (Future<?> f : done) {
			f.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(jdbc.queryForObject("select seats_taken from education_course where id = ?", Integer.class, courseId))
			.isEqualTo(5);
		// the first five on the waitlist, in order, got the seats
		assertThat(jdbc.queryForList(
				"select account_id from education_enrollment where course_id = ? and status = 'CONFIRMED' order by account_id",
				Long.class, courseId))
			.containsExactly(8_310_000L, 8_310_001L, 8_310_002L, 8_310_003L, 8_310_004L);
	}

	@Test
	void aCancellationSentSeveralTimesAtOnceCancelsOnceAndPromotesOnePerson() throws Exception {
		long courseId = course(1).getId();
		CurrentUser owner = person(8_400_001L);
		enrollments.enroll(courseId, owner, Map.of());
		long seat = jdbc.queryForObject("select max(id) from education_enrollment where course_id = ?", Long.class,
				courseId);
		enrollments.joinWaitlist(courseId, person(8_400_002L), Map.of());
		enrollments.joinWaitlist(courseId, person(8_400_003L), Map.of());

		int clicks = 8;
		ExecutorService pool = Executors.newFixedThreadPool(clicks);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> done = new ArrayList<>();
		for (int i = 0; i < clicks; i++) {
			done.add(pool.submit(() -> {
				start.await();
				try {
					enrollments.cancelOwn(seat, owner);
					return "cancelled";
				}
				catch (Refusal ex) {
					return ex.messageKey();
				}
				catch (RuntimeException ex) {
					return ex.getClass().getSimpleName();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> f : done) {
			outcomes.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn("cancelled"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("education.error.notActive"::equals).hasSize(clicks - 1);
		assertThat(jdbc.queryForObject("select seats_taken from education_course where id = ?", Integer.class, courseId))
			.isEqualTo(1);
		assertThat(jdbc.queryForList(
				"select account_id from education_enrollment where course_id = ? and status = 'CONFIRMED'", Long.class,
				courseId)).containsExactly(8_400_002L);
		// the promotion e-mail, in whichever language the worker thread's locale picks
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? "
				+ "and (subject like '%대기에서 신청이 확정%' or subject like '%A seat freed%')", Integer.class,
				"pg-8400002@example.kr")).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesMoreSeatsThanCapacityEvenWithoutTheLock() {
		long courseId = course(2).getId();
		assertThatThrownBy(() -> jdbc.update("update education_course set seats_taken = 3 where id = ?", courseId))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Autowired
	CourseAdministration administration;

	@Autowired
	CourseSessionRepository sessions;

	private long room(String name) {
		jdbc.update("""
				insert into spaces_space (center_id, site_id, name, kind, capacity, audience, hourly_fee_won, min_minutes,
				  max_minutes, min_days_ahead, max_days_ahead, buffer_minutes, needs_approval, cancel_hours_before, active,
				  created_at)
				values (?, 870001, ?, 'EDUCATION_HALL', 40, 'SIGNED_IN', 0, 60, 240, 0, 60, 0, false, 24, true, now())""",
				CENTER, name);
		return jdbc.queryForObject("select max(id) from spaces_space where name = ?", Long.class, name);
	}

	private static void asAdmin() {
		SecurityContext admin = SecurityContextHolder
			.createEmptyContext();
		admin.setAuthentication(new TestingAuthenticationToken("admin", null,
				"ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(admin);
	}

	private long liveHolds(long room) {
		return jdbc.queryForObject(
				"select count(*) from spaces_reservation where space_id = ? and status in ('PENDING','CONFIRMED')",
				Long.class, room);
	}

	/**
	 * Sessions placed in a center room book it through the spaces module on PostgreSQL too:
	 * an overlapping session is refused naming what is in the way, eight courses asking for
	 * the same time at once get it exactly once (the exclusion constraint), moving a session
	 * moves its booking and removing it frees the room.
	 */
	@Test
	void sessionsInACenterRoomBookItWithoutOverlapAndMoveOrFreeItOnPostgres() throws Exception {
		long room = room("피지 교육장 " + System.nanoTime());
		LocalDate day = Seoul.today(clock).plusDays(10);
		BiFunction<Integer, Integer, Instant> at = (h, m) -> day.atTime(h, m).atZone(Seoul.ZONE)
			.toInstant();
		asAdmin();
		try {
			Course first = course(20);
			CourseSession held = administration.addSession(first.getId(), at.apply(10, 0), at.apply(12, 0), null, room);
			assertThat(held.getSpaceReservationId()).isNotNull();
			assertThat(held.getPlace()).startsWith("피지 교육장");
			Course other = course(20);
			Assertions
				.assertThatThrownBy(() -> administration.addSession(other.getId(), at.apply(11, 0), at.apply(13, 0), null,
						room))
				.isInstanceOfSatisfying(RoomRefused.class, e -> {
					assertThat(e.messageKey()).isEqualTo("spaces.hold.taken");
					assertThat(e.args()[2]).isEqualTo("교육: 동시 신청 시험");
				});
			assertThat(sessions.findByCourseIdOrderByStartsAtAscIdAsc(other.getId())).isEmpty();
			assertThat(liveHolds(room)).isEqualTo(1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}

		int requests = 8;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Boolean>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				futures.add(pool.submit(() -> {
					asAdmin();
					try {
						Course course = course(20);
						go.await();
						administration.addSession(course.getId(), at.apply(14, 0), at.apply(16, 0), null, room);
						return true;
					}
					catch (RoomRefused ex) {
						return false;
					}
					finally {
						SecurityContextHolder.clearContext();
					}
				}));
			}
			Thread.sleep(300);
			go.countDown();
			int won = 0;
			for (var f : futures) {
				won += f.get() ? 1 : 0;
			}
			assertThat(won).isEqualTo(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(liveHolds(room)).isEqualTo(2);

		asAdmin();
		try {
			long courseId = jdbc.queryForObject("""
					select s.course_id from education_session s join spaces_reservation r on r.id = s.space_reservation_id
					where s.space_id = ? and r.status = 'CONFIRMED' order by s.starts_at limit 1""", Long.class, room);
			long sessionId = sessions.findByCourseIdOrderByStartsAtAscIdAsc(courseId).get(0).getId();
			long booking = sessions.findById(sessionId).orElseThrow().getSpaceReservationId();
			Assertions
				.assertThatThrownBy(() -> administration.moveSession(courseId, sessionId, at.apply(15, 0),
						at.apply(17, 0), null, room))
				.isInstanceOf(RoomRefused.class);
			assertThat(jdbc.queryForObject("select starts_at from spaces_reservation where id = ?", Instant.class, booking))
				.isEqualTo(at.apply(10, 0));
			administration.moveSession(courseId, sessionId, at.apply(17, 0), at.apply(18, 0), null, room);
			assertThat(jdbc.queryForObject("select starts_at from spaces_reservation where id = ?", Instant.class, booking))
				.isEqualTo(at.apply(17, 0));
			administration.removeSession(courseId, sessionId);
			assertThat(jdbc.queryForObject("select status from spaces_reservation where id = ?", String.class, booking))
				.isEqualTo("CANCELLED");
			assertThat(liveHolds(room)).isEqualTo(1);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
