package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.hamcrest.Matchers;
import org.ieum.centers.CentersApi;
import org.ieum.identity.AccountDeleted;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IeumSpringTest
class SpacesFlowTests {

	private static final String PASSWORD = "ieum2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reservations bookings;

	@Autowired
	SpaceCatalog catalog;

	@Autowired
	CentersApi centers;

	@Autowired
	SpacesApi api;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	SpaceRepository spaces;

	@Autowired
	OccupiedCells cells;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	SpacesFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SpacesFixtures(catalog, centers, clock);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long live(long spaceId) {
		return jdbc.queryForObject(
				"select count(*) from spaces_reservation where space_id = ? and status in ('PENDING','CONFIRMED')",
				Long.class, spaceId);
	}

	private long cellsOf(long spaceId) {
		return jdbc.queryForObject("select count(*) from spaces_occupied_cell where space_id = ?", Long.class, spaceId);
	}

	private List<String> subjectsTo(String recipient) {
		return jdbc.queryForList("select subject from shared_mail_outbox where recipient = ? order by id", String.class,
				recipient);
	}

	private Reservations.Occurrence bookOne(Reservations.Request request, CurrentUser user) {
		List<Reservations.Occurrence> outcome = bookings.book(request, user);
		assertThat(outcome).hasSize(1);
		return outcome.get(0);
	}

	@Test
	void aFreeSlotIsConfirmedAtOnceWithItsCellsAndMailAndTheSameTimeIsThenTaken() {
		long space = fixtures.space("즉시확정실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		CurrentUser first = SpacesFixtures.person();

		Reservations.Occurrence booked = bookOne(SpacesFixtures.request(space, day, 10, 12), first);

		assertThat(booked.booked()).isTrue();
		assertThat(booked.status()).isEqualTo(ReservationStatus.CONFIRMED);
		// 10:00-12:00 plus the 30-minute buffer, in 10-minute cells
		assertThat(cellsOf(space)).isEqualTo(15);
		assertThat(subjectsTo(first.email())).containsExactly("[이음] 즉시확정실 예약이 확정되었습니다");

		CurrentUser second = SpacesFixtures.person();
		Reservations.Occurrence overlap = bookOne(SpacesFixtures.request(space, day, 11, 13), second);
		assertThat(overlap.booked()).isFalse();
		assertThat(overlap.messageKey()).isEqualTo("spaces.error.taken");
		// the buffer keeps 12:00-12:30 free of a next booking; 12:30 is fine
		Reservations.Occurrence inBuffer = bookOne(new Reservations.Request(space, day, LocalTime.of(12, 0),
				LocalTime.of(13, 0), "회의", 2, 1), second);
		assertThat(inBuffer.messageKey()).isEqualTo("spaces.error.taken");
		Reservations.Occurrence after = bookOne(new Reservations.Request(space, day, LocalTime.of(12, 30),
				LocalTime.of(13, 30), "회의", 2, 1), second);
		assertThat(after.booked()).isTrue();
		assertThat(live(space)).isEqualTo(2);
		assertThat(subjectsTo(second.email())).hasSize(1);
	}

	@Test
	void theDatabaseRefusesASecondOwnerOfATimeCellEvenWhenJavaChecksAreSkipped() {
		long spaceId = fixtures.space("셀검사실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookOne(SpacesFixtures.request(spaceId, day, 10, 11), SpacesFixtures.person());
		Space space = spaces.findById(spaceId).orElseThrow();
		Instant start = day.atTime(10, 30).atZone(Seoul.ZONE).toInstant();
		TransactionTemplate tx = new TransactionTemplate(transactionManager);

		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			Reservation sneaky = reservations.saveAndFlush(new Reservation(space, 1, "우회", "x@example.kr", start,
					start.plus(Duration.ofHours(1)), "우회 예약", 2, null, Instant.now()));
			cells.occupy(sneaky);
		})).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(live(spaceId)).isEqualTo(1);
	}

	@Test
	void theOverlapCheckSeesAReservationThatBeganADayBeforeAndNoRowHoldsLongerThanTheBound() {
		long spaceId = fixtures.space("긴예약실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 3);
		// a reservation written straight into the table, held from 10:00 one day to 13:00 the next (27 h)
		Instant start = day.atTime(10, 0).atZone(Seoul.ZONE).toInstant();
		String insert = "insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at,"
				+ " ends_at, blocked_until, purpose, headcount, fee_won, status, created_at)"
				+ " values (?, 1, '긴 예약', 'long@example.kr', ?, ?, ?, '행사', 2, 0, ?, ?)";
		jdbc.update(insert, spaceId, utc(start), utc(start.plus(Duration.ofHours(27))),
				utc(start.plus(Duration.ofHours(27))), "CONFIRMED", utc(Instant.now()));
		Instant nextDayNoon = start.plus(Duration.ofHours(26));
		assertThat(reservations.anyLiveOverlapping(spaceId, nextDayNoon, nextDayNoon.plus(Duration.ofHours(1))))
			.isTrue();
		assertThat(reservations.findLiveOverlapping(spaceId, nextDayNoon, nextDayNoon.plus(Duration.ofHours(1))))
			.hasSize(1);
		assertThat(reservations.anyLiveOverlapping(spaceId, start.plus(Duration.ofHours(27)),
				start.plus(Duration.ofHours(28)))).isFalse();
		// a row holding longer than the bound the check relies on is refused by the table
		Instant later = start.plus(Duration.ofDays(3));
		assertThatThrownBy(() -> jdbc.update(insert, spaceId, utc(later), utc(later.plus(Duration.ofHours(20))),
				utc(later.plus(Duration.ofHours(29))), "CANCELLED", utc(Instant.now())))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	@Test
	void concurrentRequestsForOneSlotBookItOnceOnH2Too() throws Exception {
		long space = fixtures.space("H2동시실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		int requests = 20;
		ExecutorService pool = Executors.newFixedThreadPool(requests);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<Reservations.Occurrence>> futures = new ArrayList<>();
		try {
			for (int i = 0; i < requests; i++) {
				CurrentUser person = SpacesFixtures.person();
				futures.add(pool.submit(() -> {
					go.await();
					return bookings.book(SpacesFixtures.request(space, day, 10, 12), person).get(0);
				}));
			}
			go.countDown();
			List<Reservations.Occurrence> outcome = new ArrayList<>();
			for (var f : futures) {
				outcome.add(f.get());
			}
			assertThat(outcome).filteredOn(Reservations.Occurrence::booked).hasSize(1);
			assertThat(outcome).filteredOn(o -> !o.booked()).extracting(Reservations.Occurrence::messageKey)
				.hasSize(requests - 1).containsOnly("spaces.error.taken");
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(live(space)).isEqualTo(1);
	}

	@Test
	void badInputGetsAKoreanMessageAndChangesNothing() throws Exception {
		long space = fixtures.space("검증실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		MockHttpSession citizen = login("citizen@ieum.example");
		long mailsBefore = jdbc.queryForObject("select count(*) from shared_mail_outbox", Long.class);
		String url = "/c/gimhae/spaces/" + space;

		record Case(String date, String start, String end, String headcount, String expected) {
		}
		List<Case> cases = List.of(
				new Case(Seoul.today(clock).minusDays(1).toString(), "10:00", "11:00", "2", "지난 시간은 예약할 수 없습니다"),
				new Case(day.toString(), "07:00", "08:00", "2", "운영시간("),
				new Case(fixtures.closedDay("gimhae", 1).toString(), "10:00", "11:00", "2", "휴관일에는 예약할 수 없습니다"),
				new Case(day.toString(), "10:00", "11:00", "7", "인원이 수용 인원(6명)을 넘습니다"),
				new Case(Seoul.today(clock).plusDays(90).toString(), "10:00", "11:00", "2", "0일 후부터 60일 후까지"),
				new Case(day.toString(), "10:00", "10:30", "2", "이용 시간은 60분 이상 240분 이하"));
		for (Case c : cases) {
			mvc.perform(post(url).with(csrf()).session(citizen).param("date", c.date()).param("start", c.start())
					.param("end", c.end()).param("purpose", "회의").param("headcount", c.headcount()).param("weeks", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(c.expected())));
		}
		assertThat(live(space)).isZero();

		bookOne(SpacesFixtures.request(space, day, 10, 12), SpacesFixtures.person());
		mvc.perform(post(url).with(csrf()).session(citizen).param("date", day.toString()).param("start", "11:00")
				.param("end", "12:00").param("purpose", "회의").param("headcount", "2").param("weeks", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("이미 예약된 시간입니다")));
		assertThat(live(space)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox", Long.class)).isEqualTo(mailsBefore + 1);
	}

	@Test
	void cancellingSomeoneElsesBookingIsRefusedAndOwnCancellationFreesTheTime() throws Exception {
		long space = fixtures.space("취소실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 3);
		Reservations.Occurrence other = bookOne(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person());
		MockHttpSession citizen = login("citizen@ieum.example");

		mvc.perform(post("/my/reservations/" + other.reservationId() + "/cancel").with(csrf()).session(citizen))
			.andExpect(redirectedUrl("/my/reservations"));
		mvc.perform(get("/my/reservations").session(citizen)).andExpect(status().isOk());
		assertThat(reservations.findById(other.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.CONFIRMED);
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where reservation_id = ?", Long.class,
				other.reservationId())).isPositive();

		mvc.perform(post("/c/gimhae/spaces/" + space).with(csrf()).session(citizen).param("date", day.toString())
				.param("start", "12:00").param("end", "13:00").param("purpose", "독서 모임").param("headcount", "3")
				.param("weeks", "1"))
			.andExpect(redirectedUrlPattern("/c/gimhae/spaces/reservations/*"));
		long mine = jdbc.queryForObject(
				"select id from spaces_reservation where space_id = ? and purpose = '독서 모임'", Long.class, space);
		mvc.perform(get("/my/reservations").session(citizen))
			.andExpect(content().string(containsString("취소실")));
		mvc.perform(post("/my/reservations/" + mine + "/cancel").with(csrf()).session(citizen))
			.andExpect(redirectedUrl("/my/reservations"));
		assertThat(reservations.findById(mine).orElseThrow().getStatus()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where reservation_id = ?", Long.class,
				mine)).isZero();
		assertThat(subjectsTo("citizen@ieum.example")).contains("[이음] 취소실 예약이 취소되었습니다");
		// the freed time can be booked again
		assertThat(bookOne(SpacesFixtures.request(space, day, 12, 13), SpacesFixtures.person()).booked()).isTrue();
	}

	@Test
	void cancellationAfterTheDeadlineIsRefused() {
		long space = fixtures.space("gimhae", new SpaceTerms("기한실", SpaceKind.MEETING_ROOM, 6, null, null, null,
				BookingAudience.SIGNED_IN, 0, 60, 240, 0, 60, 0, false, 24 * 30, true));
		CurrentUser person = SpacesFixtures.person();
		Reservations.Occurrence booked = bookOne(SpacesFixtures.request(space, fixtures.openDay("gimhae", 2), 10, 11), person);

		assertThatThrownBy(() -> bookings.cancel(booked.reservationId(), person))
			.isInstanceOfSatisfying(Refusal.class,
					e -> assertThat(e.messageKey()).isEqualTo("spaces.error.cancelDeadline"));
		assertThat(reservations.findById(booked.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.CONFIRMED);
	}

	@Test
	void aWeeklySeriesWithOneTakenWeekBooksNoneAndSaysWhichDateStoppedIt() throws Exception {
		long space = fixtures.space("소모임실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookOne(SpacesFixtures.request(space, day.plusWeeks(1), 10, 11), SpacesFixtures.person());
		MockHttpSession citizen = login("citizen@ieum.example");

		mvc.perform(post("/c/gimhae/spaces/" + space).with(csrf()).session(citizen).param("date", day.toString())
				.param("start", "10:00").param("end", "11:00").param("purpose", "정기 모임").param("headcount", "5")
				.param("weeks", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("어느 날짜도 예약하지 않았습니다")))
			.andExpect(content().string(containsString("이미 예약된 시간입니다")))
			.andExpect(content().string(containsString("다른 날짜를 예약할 수 없어 함께 예약하지 않았습니다")));
		assertThat(jdbc.queryForList("select starts_at from spaces_reservation where space_id = ? and purpose = '정기 모임'",
				Instant.class, space)).isEmpty();
	}

	/**
	 * The server stopping half-way through a series is a failure after some dates were written:
	 * here the third date's cell is already owned (by a row the check does not see as live), so
	 * the database refuses it after the first two were saved. Nothing of the series may remain.
	 */
	@Test
	void aSeriesThatFailsWhileSavingItsThirdDateLeavesNoDateSaved() {
		long space = fixtures.space("중단실", 10, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		Instant third = day.plusWeeks(2).atTime(10, 30).atZone(Seoul.ZONE).toInstant();
		jdbc.update("""
				insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at, ends_at,
				  blocked_until, purpose, headcount, fee_won, status, created_at)
				values (?, null, '-', '-', ?, ?, ?, '남은 칸', 1, 0, 'CANCELLED', ?)""", space,
				Timestamp.from(third), Timestamp.from(third.plusSeconds(600)),
				Timestamp.from(third.plusSeconds(600)), Timestamp.from(clock.instant()));
		long stale = jdbc.queryForObject("select id from spaces_reservation where space_id = ? and purpose = '남은 칸'",
				Long.class, space);
		jdbc.update("insert into spaces_occupied_cell (space_id, cell_start, reservation_id) values (?, ?, ?)", space,
				OffsetDateTime.ofInstant(third, ZoneOffset.UTC), stale);
		CurrentUser person = SpacesFixtures.person();

		List<Reservations.Occurrence> outcome = bookings.book(new Reservations.Request(space, day, LocalTime.of(10, 0),
				LocalTime.of(11, 0), "매주 모임", 4, 3), person);

		assertThat(outcome).noneMatch(Reservations.Occurrence::booked);
		assertThat(outcome.get(2).messageKey()).isEqualTo("spaces.error.taken");
		assertThat(outcome.get(0).messageKey()).isEqualTo(Reservations.SERIES_HELD_BACK);
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where space_id = ? and purpose = '매주 모임'",
				Long.class, space)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where space_id = ? and reservation_id <> ?",
				Long.class, space, stale)).isZero();
		assertThat(subjectsTo(person.email())).isEmpty();
	}

	@Test
	void theFormStartsAtTheFirstFreeTimeAndAFreeTimesLinkFillsIt() throws Exception {
		long space = fixtures.space("기본시각실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookOne(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person());
		String opens = centers.hoursOn(fixtures.mainSite("gimhae"), day).opens().toString();
		String firstFree = opens.equals("10:00") ? "11:00" : opens;
		String page = mvc.perform(get("/c/gimhae/spaces/" + space).param("date", day.toString())
				.session(login("citizen@ieum.example")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern("<option value=\"" + firstFree + "\" selected=\"selected\">")
			.doesNotContain("<option value=\"00:00\" selected=\"selected\">")
			.contains("?date=" + day + "&amp;start=" + firstFree + "#book-h");
		String linked = mvc.perform(get("/c/gimhae/spaces/" + space).param("date", day.toString()).param("start", "13:00")
				.session(login("citizen@ieum.example")))
			.andReturn().getResponse().getContentAsString();
		assertThat(linked).contains("<option value=\"13:00\" selected=\"selected\">",
				"<option value=\"14:00\" selected=\"selected\">");
	}

	@Test
	void aFailedBookingShowsItsMessageAtTheFormBeforeTheCalendarAndTakesTheFocus() throws Exception {
		long space = fixtures.space("오류위치실", 4, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		String page = mvc.perform(post("/c/gimhae/spaces/" + space).with(csrf()).session(login("citizen@ieum.example"))
				.param("date", day.toString()).param("start", "10:00").param("end", "11:00").param("purpose", "회의")
				.param("headcount", "9").param("weeks", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"book-errors\"", "autofocus", "action=\"/c/gimhae/spaces/" + space + "\"");
		assertThat(page.indexOf("id=\"book-errors\"")).isLessThan(page.indexOf("spaces-month-grid"))
			.isLessThan(page.indexOf("spaces-week-list"));
	}

	@Test
	void theMonthSaysWhyADayCannotBeBookedAndPrintsTheYearWithoutASeparator() throws Exception {
		long space = fixtures.space("gimhae", new SpaceTerms("기간실", SpaceKind.MEETING_ROOM, 6, null, null, null,
				BookingAudience.SIGNED_IN, 0, 60, 240, 3, 60, 0, false, 24, true));
		LocalDate today = Seoul.today(clock);
		String page = mvc.perform(get("/c/gimhae/spaces/" + space).param("date", today.toString()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(today.getYear() + "년 " + today.getMonthValue() + "월 예약 현황")
			.doesNotContain(String.format("%,d년", today.getYear()))
			.contains("<th scope=\"col\" abbr=\"월요일\">월</th>")
			.contains("예약 가능 기간 전")
			.doesNotContain("칸");
		if (today.getDayOfMonth() > 1) {
			assertThat(page).contains("지난 날");
		}
		String english = mvc.perform(get("/c/gimhae/spaces/" + space).param("date", today.toString()).param("lang", "en"))
			.andReturn().getResponse().getContentAsString();
		assertThat(english).contains("Reservations in " + today.getMonthValue() + "/" + today.getYear());
	}

	@Test
	void theStaffUsagePagePrintsTheYearWithoutASeparator() throws Exception {
		int year = Seoul.today(clock).getYear();
		mvc.perform(get("/admin/spaces/usage").session(login("staff.gimhae@ieum.example")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(year + "년 ")))
			.andExpect(content().string(Matchers.not(containsString(String.format("%,d년", year)))));
	}

	@Test
	void theConfirmationOfABookingStaysInTheCentersPortalAndOnlyTheBookerSeesIt() throws Exception {
		long space = fixtures.space("확인실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		MockHttpSession citizen = login("citizen@ieum.example");
		String location = mvc.perform(post("/c/gimhae/spaces/" + space).with(csrf()).session(citizen)
				.param("date", day.toString()).param("start", "10:00").param("end", "11:00").param("purpose", "확인 모임")
				.param("headcount", "2").param("weeks", "2"))
			.andExpect(redirectedUrlPattern("/c/gimhae/spaces/reservations/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).session(citizen))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("김해")))
			.andExpect(content().string(containsString("확인 모임")))
			.andExpect(content().string(containsString(day.plusWeeks(1).toString())))
			.andExpect(content().string(containsString("href=\"/c/gimhae/spaces\"")));
		mvc.perform(get(location).session(login("member@ieum.example"))).andExpect(status().isNotFound());
		mvc.perform(get(location.replace("/c/gimhae/", "/c/busan/")).session(citizen)).andExpect(status().isNotFound());
	}

	@Test
	void staffApproveOrRejectWithAReasonAndTheBookerIsMailedAtEachStep() throws Exception {
		long space = fixtures.space("승인실", 20, true);
		LocalDate day = fixtures.openDay("gimhae", 2);
		CurrentUser person = SpacesFixtures.person();
		Reservations.Occurrence first = bookOne(SpacesFixtures.request(space, day, 10, 11), person);
		Reservations.Occurrence second = bookOne(SpacesFixtures.request(space, day, 13, 14), person);
		assertThat(first.status()).isEqualTo(ReservationStatus.PENDING);
		assertThat(subjectsTo(person.email())).containsOnly("[이음] 승인실 예약 신청이 접수되었습니다");

		MockHttpSession busan = login("staff.busan@ieum.example");
		mvc.perform(post("/admin/spaces/reservations/" + first.reservationId() + "/approve").with(csrf())
				.session(busan).param("center", String.valueOf(fixtures.centerId("gimhae"))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/spaces/queue?center=" + fixtures.centerId("gimhae")).session(busan))
			.andExpect(status().isForbidden());

		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		String center = String.valueOf(fixtures.centerId("gimhae"));
		mvc.perform(get("/admin/spaces/queue?center=" + center).session(gimhae))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.displayName())));
		mvc.perform(post("/admin/spaces/reservations/" + first.reservationId() + "/approve").with(csrf())
				.session(gimhae).param("center", center))
			.andExpect(redirectedUrl("/admin/spaces/queue?center=" + center));
		mvc.perform(post("/admin/spaces/reservations/" + second.reservationId() + "/reject").with(csrf())
				.session(gimhae).param("center", center).param("reason", ""))
			.andExpect(status().is3xxRedirection());
		assertThat(reservations.findById(second.reservationId()).orElseThrow().getStatus())
			.as("a rejection needs a reason").isEqualTo(ReservationStatus.PENDING);
		mvc.perform(post("/admin/spaces/reservations/" + second.reservationId() + "/reject").with(csrf())
				.session(gimhae).param("center", center).param("reason", "시설 점검"))
			.andExpect(status().is3xxRedirection());

		assertThat(reservations.findById(first.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.CONFIRMED);
		assertThat(reservations.findById(second.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.REJECTED);
		assertThat(subjectsTo(person.email())).contains("[이음] 승인실 예약이 승인되었습니다",
				"[이음] 승인실 예약 신청이 반려되었습니다");
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? and subject like '%반려%'",
				String.class, person.email())).contains("사유: 시설 점검");
		mvc.perform(get("/admin/spaces/calendar?center=" + center + "&date=" + day).session(gimhae))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(person.displayName())));
	}

	@Test
	void anUndecidedRequestExpiresBeforeItStartsAndFreesItsTime() {
		long space = fixtures.space("만료실", 20, true);
		CurrentUser person = SpacesFixtures.person();
		Reservations.Occurrence pending = bookOne(SpacesFixtures.request(space, fixtures.openDay("gimhae", 2), 10, 11),
				person);
		// as if the request were for half an hour from now
		Instant soon = clock.instant().plus(Duration.ofMinutes(30));
		jdbc.update("update spaces_reservation set starts_at = ?, ends_at = ?, blocked_until = ? where id = ?",
				soon.atOffset(ZoneOffset.UTC), soon.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
				soon.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), pending.reservationId());

		assertThat(bookings.expireUndecided()).isGreaterThanOrEqualTo(1);

		assertThat(reservations.findById(pending.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.EXPIRED);
		assertThat(cellsOf(space)).isZero();
		assertThat(subjectsTo(person.email())).contains("[이음] 만료실 예약 신청이 기한 만료되었습니다");
	}

	@Test
	void threeNoShowsInNinetyDaysStopBookingForThirtyDays() throws Exception {
		long space = fixtures.space("노쇼실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		CurrentUser person = SpacesFixtures.person();
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		String center = String.valueOf(fixtures.centerId("gimhae"));
		for (int i = 0; i < 3; i++) {
			Reservations.Occurrence b = bookOne(SpacesFixtures.request(space, day, 10 + i, 11 + i), person);
			mvc.perform(post("/admin/spaces/reservations/" + b.reservationId() + "/no-show").with(csrf())
					.session(gimhae).param("center", center))
				.andExpect(status().is3xxRedirection());
			assertThat(reservations.findById(b.reservationId()).orElseThrow().getStatus())
				.as("not yet begun: no-show refused").isEqualTo(ReservationStatus.CONFIRMED);
			// as if it had begun ten days ago
			Instant past = clock.instant().minus(Duration.ofDays(10 + i));
			jdbc.update("update spaces_reservation set starts_at = ?, ends_at = ?, blocked_until = ? where id = ?",
					past.atOffset(ZoneOffset.UTC), past.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
					past.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), b.reservationId());
			jdbc.update("delete from spaces_occupied_cell where reservation_id = ?", b.reservationId());
			if (i < 2) {
				mvc.perform(post("/admin/spaces/reservations/" + b.reservationId() + "/no-show").with(csrf())
						.session(gimhae).param("center", center));
				assertThat(bookOne(SpacesFixtures.request(space, day, 15, 16), person).booked())
					.as("after %d no-shows", i + 1).isTrue();
				jdbc.update("update spaces_reservation set status = 'CANCELLED' where space_id = ? and starts_at = ?",
						space, day.atTime(15, 0).atZone(Seoul.ZONE).toOffsetDateTime());
				jdbc.update("delete from spaces_occupied_cell where space_id = ?", space);
			}
			else {
				mvc.perform(post("/admin/spaces/reservations/" + b.reservationId() + "/no-show").with(csrf())
						.session(gimhae).param("center", center));
			}
		}
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where account_id = ? and status = 'NO_SHOW'",
				Long.class, person.accountId())).isEqualTo(3);
		Reservations.Occurrence refused = bookOne(SpacesFixtures.request(space, day, 15, 16), person);
		assertThat(refused.messageKey()).isEqualTo("spaces.error.banned");
		assertThat(SpacesFixtures.person()).satisfies(
				other -> assertThat(bookOne(SpacesFixtures.request(space, day, 15, 16), other).booked()).isTrue());
	}

	@Test
	void theNoShowRuleCountsWithinTheWindowOnly() {
		NoShowRule rule = new NoShowRule(reservations, new SpacesProperties(3, Duration.ofDays(90),
				Duration.ofDays(30), Duration.ofHours(1), 12));
		Instant now = Instant.parse("2026-06-01T00:00:00Z");
		List<Instant> spread = List.of(now.minus(Duration.ofDays(150)), now.minus(Duration.ofDays(60)),
				now.minus(Duration.ofDays(5)));
		assertThat(rule.bannedUntil(spread, now)).as("first and third are 145 days apart").isEmpty();
		List<Instant> close = List.of(now.minus(Duration.ofDays(80)), now.minus(Duration.ofDays(40)),
				now.minus(Duration.ofDays(10)));
		assertThat(rule.bannedUntil(close, now)).contains(now.minus(Duration.ofDays(10)).plus(Duration.ofDays(30)));
		List<Instant> old = List.of(now.minus(Duration.ofDays(100)), now.minus(Duration.ofDays(90)),
				now.minus(Duration.ofDays(31)));
		assertThat(rule.bannedUntil(old, now)).as("the ban ended a day ago").isEmpty();
	}

	@Test
	void pagesShowMonthWeekAndDayViewsTheTodayBoardAndStaffPages() throws Exception {
		long space = fixtures.space("화면실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookOne(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person());

		mvc.perform(get("/c/gimhae/spaces")).andExpect(status().isOk())
			.andExpect(content().string(containsString("화면실")));
		mvc.perform(get("/c/gimhae/spaces/" + space + "?date=" + day)).andExpect(status().isOk())
			.andExpect(content().string(containsString("10:00 예약됨")))
			.andExpect(content().string(containsString("11:30 예약 가능")))
			.andExpect(content().string(containsString("예약하려면 로그인해 주세요")));
		mvc.perform(get("/c/gimhae/spaces/today")).andExpect(status().isOk());
		mvc.perform(get("/c/busan/spaces/" + space)).andExpect(status().isNotFound());

		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		String center = String.valueOf(fixtures.centerId("gimhae"));
		for (String page : List.of("/admin/spaces", "/admin/spaces/new", "/admin/spaces/" + space,
				"/admin/spaces/queue", "/admin/spaces/calendar", "/admin/spaces/usage?center=" + center)) {
			mvc.perform(get(page).session(gimhae)).andExpect(status().isOk());
		}
		MockHttpSession busan = login("staff.busan@ieum.example");
		mvc.perform(get("/admin/spaces/" + space).session(busan)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/spaces/" + space).with(csrf()).session(busan).param("name", "남의 공간"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffCreateASpaceForTheirCenterOnly() throws Exception {
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		long gimhaeId = fixtures.centerId("gimhae");
		mvc.perform(post("/admin/spaces/new?center=" + gimhaeId).with(csrf()).session(gimhae)
				.param("siteId", String.valueOf(fixtures.mainSite("gimhae"))).param("name", "새 공유오피스")
				.param("kind", "SHARED_OFFICE").param("capacity", "12").param("audience", "MEMBERS")
				.param("hourlyFeeWon", "0").param("minMinutes", "60").param("maxMinutes", "45")
				.param("minDaysAhead", "1").param("maxDaysAhead", "30").param("bufferMinutes", "10")
				.param("cancelHoursBefore", "24").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("최솟값보다 작을 수 없습니다")));
		mvc.perform(post("/admin/spaces/new?center=" + gimhaeId).with(csrf()).session(gimhae)
				.param("siteId", String.valueOf(fixtures.mainSite("gimhae"))).param("name", "새 공유오피스")
				.param("kind", "SHARED_OFFICE").param("capacity", "12").param("audience", "MEMBERS")
				.param("hourlyFeeWon", "0").param("minMinutes", "60").param("maxMinutes", "480")
				.param("minDaysAhead", "1").param("maxDaysAhead", "30").param("bufferMinutes", "10")
				.param("cancelHoursBefore", "24").param("active", "true"))
			.andExpect(redirectedUrl("/admin/spaces?center=" + gimhaeId));
		assertThat(jdbc.queryForObject("select count(*) from spaces_space where name = '새 공유오피스' and center_id = ?",
				Long.class, gimhaeId)).isEqualTo(1);
		mvc.perform(post("/admin/spaces/new?center=" + fixtures.centerId("busan")).with(csrf()).session(gimhae)
				.param("siteId", String.valueOf(fixtures.mainSite("busan"))).param("name", "남의 공간"))
			.andExpect(status().isForbidden());
		// the members-only space refuses a citizen
		long members = jdbc.queryForObject("select id from spaces_space where name = '새 공유오피스'", Long.class);
		Reservations.Occurrence refused = bookOne(SpacesFixtures.request(members, fixtures.openDay("gimhae", 2), 10, 11),
				SpacesFixtures.person());
		assertThat(refused.messageKey()).isEqualTo("spaces.error.audience.MEMBERS");
	}

	@Test
	void theApiSharesThePagesRulesAndAnswersInKorean() throws Exception {
		long space = fixtures.space("API실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		mvc.perform(get("/api/v1/spaces/" + space + "/availability?from=" + day + "&to=" + day.plusDays(6)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days.length()").value(7))
			.andExpect(jsonPath("$.days[0].slots[0].state").value("FREE"));
		mvc.perform(get("/api/v1/spaces/" + space + "/availability?from=" + day + "&to=" + day.plusDays(100)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("기간은 62일 이내로 조회해 주세요."));

		MockHttpSession citizen = login("citizen@ieum.example");
		MvcResult created = mvc.perform(post("/my/tokens").with(csrf()).session(citizen).param("name", "키오스크")
				.param("days", "30")).andReturn();
		String token = "Bearer " + created.getFlashMap().get("newToken");
		String body = "{\"date\":\"" + day + "\",\"start\":\"10:00\",\"end\":\"11:00\",\"purpose\":\"키오스크 예약\",\"headcount\":2}";
		mvc.perform(post("/api/v1/spaces/" + space + "/reservations").header("Authorization", token)
				.contentType("application/json").content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].status").value("CONFIRMED"));
		mvc.perform(post("/api/v1/spaces/" + space + "/reservations").header("Authorization", token)
				.contentType("application/json").content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("이미 예약된 시간입니다."));
		mvc.perform(post("/api/v1/spaces/" + space + "/reservations").contentType("application/json").content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/spaces/reservations").header("Authorization", token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.purpose == '키오스크 예약')].status").value("CONFIRMED"));
		Reservations.Occurrence others = bookOne(SpacesFixtures.request(space, day, 13, 14), SpacesFixtures.person());
		mvc.perform(post("/api/v1/spaces/reservations/" + others.reservationId() + "/cancel").header("Authorization", token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("본인의 예약만 취소할 수 있습니다."));
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/api/v1/spaces/{id}/availability")));
	}

	@Test
	void iCalFeedsParseAsRfc5545AndCarryTheBookings() throws Exception {
		long space = fixtures.space("달력실, 1층; 큰 방", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		MockHttpSession citizen = login("citizen@ieum.example");
		mvc.perform(post("/c/gimhae/spaces/" + space).with(csrf()).session(citizen).param("date", day.toString())
				.param("start", "10:00").param("end", "11:30").param("purpose", "아주 긴 이용 목적 설명으로 일흔다섯 옥텟을 넘겨 줄 바꿈이 필요한 한국어 문장입니다")
				.param("headcount", "3").param("weeks", "1"))
			.andExpect(redirectedUrlPattern("/c/gimhae/spaces/reservations/*"));
		Instant start = day.atTime(10, 0).atZone(Seoul.ZONE).toInstant();

		String spaceFeed = mvc.perform(get("/c/gimhae/spaces/" + space + "/calendar.ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(spaceFeed));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).singleElement().satisfies(e -> {
			assertThat(Instant.from(e.getDateTimeStart().getDate())).isEqualTo(start);
			assertThat(e.getSummary().getValue()).isEqualTo("예약됨");
			assertThat(e.getLocation().getValue()).isEqualTo("달력실, 1층; 큰 방");
		});
		assertThat(spaceFeed).doesNotContain("아주 긴 이용 목적");

		String myFeed = mvc.perform(get("/my/reservations/calendar.ics").session(citizen))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Calendar mine = new CalendarBuilder().build(new StringReader(myFeed));
		List<VEvent> myEvents = mine.getComponents("VEVENT");
		assertThat(myEvents).anySatisfy(e -> {
			assertThat(Instant.from(e.getDateTimeStart().getDate())).isEqualTo(start);
			assertThat(e.getDescription().getValue())
				.isEqualTo("아주 긴 이용 목적 설명으로 일흔다섯 옥텟을 넘겨 줄 바꿈이 필요한 한국어 문장입니다");
		});

		// calendar apps subscribe through a secret address instead of a session
		String first = feedPath(mvc.perform(post("/my/reservations/feed").with(csrf()).session(citizen)).andReturn());
		String subscribed = mvc.perform(get(first)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(new CalendarBuilder().build(new StringReader(subscribed)).<VEvent>getComponents("VEVENT"))
			.anySatisfy(e -> assertThat(Instant.from(e.getDateTimeStart().getDate())).isEqualTo(start));
		String second = feedPath(mvc.perform(post("/my/reservations/feed").with(csrf()).session(citizen)).andReturn());
		mvc.perform(get(second)).andExpect(status().isOk());
		mvc.perform(get(first)).andExpect(status().isNotFound());
		mvc.perform(get("/spaces/feeds/not-a-token.ics")).andExpect(status().isNotFound());
	}

	private static String feedPath(MvcResult created) {
		String url = (String) created.getFlashMap().get("feedUrl");
		assertThat(url).contains("/spaces/feeds/");
		return url.substring(url.indexOf("/spaces/feeds/"));
	}

	@Test
	void usageIsBookedHoursOverOpenHours() {
		long space = fixtures.space("이용률실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		bookOne(SpacesFixtures.request(space, day, 10, 12), SpacesFixtures.person());
		Reservations.Occurrence cancelled = bookOne(SpacesFixtures.request(space, day, 13, 14), SpacesFixtures.person());
		jdbc.update("update spaces_reservation set status = 'CANCELLED' where id = ?", cancelled.reservationId());

		SpaceUsage usage = api.usage(space, YearMonth.from(day));

		assertThat(usage.bookedMinutes()).isEqualTo(120);
		assertThat(usage.openMinutes()).isPositive();
		assertThat(usage.rate()).isEqualTo(120.0 / usage.openMinutes());
		assertThat(api.usageOf(fixtures.centerId("gimhae"), YearMonth.from(day)))
			.anySatisfy(u -> assertThat(u.spaceId()).isEqualTo(space));
	}

	@Test
	void staffAddDescribedPhotosThatThePublicSeeAndOnlyRealImagesAreTaken() throws Exception {
		long space = fixtures.space("사진실", 6, false);
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		MockHttpSession busan = login("staff.busan@ieum.example");
		String url = "/admin/spaces/" + space + "/photos";

		mvc.perform(multipart(url).file(new MockMultipartFile("photo", "a.png", "image/png", png.toByteArray()))
				.param("altText", "창가 쪽 긴 책상과 의자 열두 개").with(csrf()).session(busan))
			.andExpect(status().isForbidden());
		mvc.perform(multipart(url).file(new MockMultipartFile("photo", "evil.png", "image/png",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
				.param("altText", "가짜 사진").with(csrf()).session(gimhae))
			.andExpect(redirectedUrl("/admin/spaces/" + space + "#photos"))
			.andExpect(Flashes.error("JPEG, PNG, WebP 사진만 올릴 수 있습니다."));
		mvc.perform(multipart(url).file(new MockMultipartFile("photo", "a.png", "image/png", png.toByteArray()))
				.param("altText", " ").with(csrf()).session(gimhae))
			.andExpect(Flashes.error("사진 설명을 입력해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from spaces_photo where space_id = ?", Long.class, space)).isZero();

		mvc.perform(multipart(url).file(new MockMultipartFile("photo", "a.png", "image/png", png.toByteArray()))
				.param("altText", "창가 쪽 긴 책상과 의자 열두 개").with(csrf()).session(gimhae))
			.andExpect(flash().attribute("notice", "spaces.notice.photoAdded"));
		long photo = jdbc.queryForObject("select id from spaces_photo where space_id = ?", Long.class, space);
		mvc.perform(get("/c/gimhae/spaces/" + space))
			.andExpect(content().string(containsString("alt=\"창가 쪽 긴 책상과 의자 열두 개\"")));
		mvc.perform(get("/c/gimhae/spaces/photos/" + photo))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(png.toByteArray()));
		mvc.perform(post(url + "/" + photo + "/delete").with(csrf()).session(gimhae))
			.andExpect(flash().attribute("notice", "spaces.notice.photoRemoved"));
		mvc.perform(get("/c/gimhae/spaces/photos/" + photo)).andExpect(status().isNotFound());
	}

	@Test
	void aDeletedAccountsFutureBookingsAreWithdrawnAndItsNameForgotten() {
		long space = fixtures.space("탈퇴실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		CurrentUser person = SpacesFixtures.person();
		Reservations.Occurrence booked = bookOne(SpacesFixtures.request(space, day, 10, 11), person);
		TransactionTemplate tx = new TransactionTemplate(transactionManager);

		// identity publishes the event inside its deletion transaction
		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(person.accountId())));
		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(person.accountId())));

		Reservation after = reservations.findById(booked.reservationId()).orElseThrow();
		assertThat(after.getStatus()).isEqualTo(ReservationStatus.CANCELLED);
		assertThat(after.getAccountId()).isNull();
		assertThat(after.getBookerName()).isEqualTo("-");
		assertThat(after.getBookerEmail()).isEqualTo("-");
		assertThat(cellsOf(space)).isZero();
		assertThat(bookOne(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person()).booked()).isTrue();
	}

	@Test
	void demoSpacesFollowTheSeedArticles() {
		assertThat(api.spacesOf(fixtures.centerId("busan"))).extracting(SpaceSummary::name)
			.contains("100석 교육장", "회의실 1");
		assertThat(api.spacesOf(fixtures.centerId("busan")))
			.anySatisfy(s -> assertThat(s.capacity()).isEqualTo(100));
		assertThat(api.spacesOf(fixtures.centerId("gwangju"))).extracting(SpaceSummary::kind)
			.contains(SpaceKind.COMMUNITY_HALL, SpaceKind.EXHIBITION_ROOM, SpaceKind.MEETING_ROOM);
		assertThat(jdbc.queryForObject("select count(*) from spaces_space where center_id = ? and hourly_fee_won > 0",
				Long.class, fixtures.centerId("gimhae"))).isZero();
	}
}
