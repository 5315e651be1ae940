package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The no-double-booking guarantee on the real database, under real concurrency. */
@IeumPostgresTest
class SpacesPostgresTests {

	@Autowired
	Reservations bookings;

	@Autowired
	SpaceCatalog catalog;

	@Autowired
	Slots slots;

	@Autowired
	SpaceRepository spaces;

	@Autowired
	CentersApi centers;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	OccupiedCells cells;

	SpacesFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SpacesFixtures(catalog, centers, clock);
	}

	@Test
	void fiftyConcurrentRequestsForOneSlotBookItExactlyOnce() throws Exception {
		long space = fixtures.space("동시예약실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		int requests = 50;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch ready = new CountDownLatch(requests);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Reservations.Occurrence>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				CurrentUser person = SpacesFixtures.person();
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return bookings.book(SpacesFixtures.request(space, day, 10, 12), person).get(0);
				}));
			}
			ready.await();
			go.countDown();
			List<Reservations.Occurrence> outcome = new ArrayList<>();
			for (Future<Reservations.Occurrence> f : futures) {
				outcome.add(f.get());
			}

			assertThat(outcome).filteredOn(Reservations.Occurrence::booked).hasSize(1);
			assertThat(outcome).filteredOn(o -> !o.booked())
				.hasSize(requests - 1)
				.allSatisfy(o -> assertThat(messages.getMessage(o.messageKey(), o.args(), Locale.KOREAN))
					.isEqualTo("이미 예약된 시간입니다."));
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForObject(
				"select count(*) from spaces_reservation where space_id = ? and status in ('PENDING','CONFIRMED')",
				Long.class, space)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where space_id = ?", Long.class, space))
			.as("the exclusion constraint alone refused the other 49: no cells on PostgreSQL").isZero();
		assertThat(cells.needed()).isFalse();
	}

	/**
	 * Weekly series that overlap each other, started at once: the exclusion constraint refuses
	 * some of their dates while other dates of the same series are already written. Each series
	 * must end up whole or absent; never two dates of one series saved and the rest refused.
	 */
	@Test
	void concurrentWeeklySeriesAreEachBookedWholeOrNotAtAll() throws Exception {
		long space = fixtures.space("반복경합실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		int requests = 12;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch ready = new CountDownLatch(requests);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<List<Reservations.Occurrence>>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				CurrentUser person = SpacesFixtures.person();
				LocalDate first = day.plusWeeks(i % 4);
				futures.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return bookings.book(new Reservations.Request(space, first, LocalTime.of(10, 0), LocalTime.of(11, 0),
							"반복 경합", 3, 3), person);
				}));
			}
			ready.await();
			go.countDown();
			int wholeSeries = 0;
			for (Future<List<Reservations.Occurrence>> f : futures) {
				List<Reservations.Occurrence> outcome = f.get();
				boolean all = outcome.stream().allMatch(Reservations.Occurrence::booked);
				assertThat(all || outcome.stream().noneMatch(Reservations.Occurrence::booked))
					.as("a series is booked whole or not at all: " + outcome).isTrue();
				wholeSeries += all ? 1 : 0;
			}
			assertThat(wholeSeries).isPositive();
			assertThat(jdbc.queryForList("""
					select count(*) from spaces_reservation where space_id = ? and purpose = '반복 경합'
					group by series""", Long.class, space)).hasSize(wholeSeries).containsOnly(3L);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void theExclusionConstraintRefusesOverlappingLiveRowsWrittenWithoutCells() {
		long space = fixtures.space("제약검사실", 10, false);
		Instant start = Instant.parse("2031-03-04T01:00:00Z");
		insert(space, start, start.plusSeconds(3600), "PENDING");
		insert(space, start.plusSeconds(3600), start.plusSeconds(7200), "CONFIRMED");
		insert(space, start.plusSeconds(1800), start.plusSeconds(5400), "CANCELLED");

		assertThatThrownBy(() -> insert(space, start.plusSeconds(1800), start.plusSeconds(5400), "CONFIRMED"))
			.isInstanceOf(DataIntegrityViolationException.class)
			.hasMessageContaining("spaces_reservation_no_overlap");
	}

	@Test
	void aMonthOfSlotsShowsTakenTimeFromPostgres() {
		long spaceId = fixtures.space("월간실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookings.book(SpacesFixtures.request(spaceId, day, 10, 11), SpacesFixtures.person());
		Space space = spaces.findById(spaceId).orElseThrow();

		List<Slots.Day> month = slots.days(space, day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));

		Slots.Day booked = month.stream().filter(d -> d.date().equals(day)).findFirst().orElseThrow();
		assertThat(booked.slots()).filteredOn(s -> s.start().equals(LocalTime.of(10, 0)) || s.start().equals(LocalTime.of(11, 0)))
			.extracting(Slots.Slot::state)
			.as("10:00 booked, 11:00 inside the buffer")
			.containsExactly(Slots.State.TAKEN, Slots.State.TAKEN);
		assertThat(booked.slots()).filteredOn(s -> s.start().equals(LocalTime.of(11, 30)))
			.extracting(Slots.Slot::state).containsExactly(Slots.State.FREE);
		assertThat(month).filteredOn(d -> !d.open()).allSatisfy(d -> assertThat(d.slots()).isEmpty());
		assertThat(Seoul.today(clock)).isBefore(day);
	}

	private void insert(long space, Instant start, Instant end, String status) {
		jdbc.update("""
				insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at, ends_at,
				blocked_until, purpose, headcount, fee_won, status, created_at)
				values (?, 1, '검사', 'x@example.kr', ?, ?, ?, '검사', 1, 0, ?, ?)""", space,
				start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC), status,
				Instant.now().atOffset(ZoneOffset.UTC));
	}
}
