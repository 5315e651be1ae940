package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.Role;
import org.ieum.shared.Seoul;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** The defects a code review found: races, no-show cells, access logging, unknown ids, long purposes, the public board. */
@IeumSpringTest
class SpacesReviewFixesTests {

	private static final String PASSWORD = "ieum2026!";

	private static final String STATE = "이미 처리된 예약입니다.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Bookings bookings;

	@Autowired
	SpaceCatalog catalog;

	@Autowired
	CentersApi centers;

	@Autowired
	IdentityApi identity;

	@Autowired
	SpaceRepository spaces;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	OccupiedCells cells;

	@Autowired
	SiteHours hours;

	@Autowired
	NoShowRule noShows;

	@Autowired
	ReservationMails mails;

	@Autowired
	SpacesProperties properties;

	@Autowired
	Slots slots;

	@Autowired
	TodayBoard board;

	@Autowired
	SpacesApi api;

	@Autowired
	SpacePhotos photos;

	@Autowired
	MessageSource messages;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	Clock clock;

	SpacesFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new SpacesFixtures(catalog, centers, clock);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private Bookings bookingsAt(Instant now) {
		return new Bookings(spaces, reservations, cells, hours, noShows, mails, properties, transactionManager,
				Clock.fixed(now, Seoul.ZONE));
	}

	/** Bookings whose every state change loses a race, as when the row's version changed underneath. */
	private Bookings losingRaces(RuntimeException failure) {
		return new Bookings(spaces, reservations, cells, hours, noShows, mails, properties, transactionManager, clock) {
			@Override
			public void cancel(long reservationId, CurrentUser user) {
				throw failure;
			}

			@Override
			public void approve(long reservationId, long staffAccountId) {
				throw failure;
			}
		};
	}

	private CurrentUser citizen() {
		long id = identity.findAccountIdByEmail("citizen@ieum.example").orElseThrow();
		return new CurrentUser(id, "citizen@ieum.example", "시민", Set.of(Role.CITIZEN), Set.of());
	}

	private static void asAdmin(Runnable action) {
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(admin);
		try {
			action.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private String token(MockHttpSession session) throws Exception {
		MvcResult created = mvc.perform(post("/my/tokens").with(csrf()).session(session).param("name", "검토")
				.param("days", "30")).andReturn();
		return "Bearer " + created.getFlashMap().get("newToken");
	}

	@Test
	void aLostRaceOnCancelOrDecisionIsTheStateMessageNotA500() throws Exception {
		for (RuntimeException failure : new RuntimeException[] {
				new ObjectOptimisticLockingFailureException(Reservation.class, 1L),
				new DataIntegrityViolationException("duplicate") }) {
			Bookings racing = losingRaces(failure);

			RedirectAttributesModelMap mine = new RedirectAttributesModelMap();
			String target = new MyReservationsController(racing, null, null, "http://localhost")
				.cancel(1L, SpacesFixtures.person(), mine);
			assertThat(target).isEqualTo("redirect:/my/reservations");
			assertThat(Flashes.errorText(mine.getFlashAttributes())).isEqualTo(STATE);

			RedirectAttributesModelMap staff = new RedirectAttributesModelMap();
			new SpaceAdminController(catalog, racing, board, api, photos, centers, identity, clock)
				.approve(1L, 1L, SpacesFixtures.person(), staff);
			assertThat(Flashes.errorText(staff.getFlashAttributes())).isEqualTo(STATE);

			CurrentUser person = SpacesFixtures.person();
			MockMvc rest = MockMvcBuilders
				.standaloneSetup(new SpacesRestController(catalog, slots, racing, null, messages))
				.setCustomArgumentResolvers(new HandlerMethodArgumentResolver() {
					@Override
					public boolean supportsParameter(MethodParameter parameter) {
						return parameter.getParameterType() == CurrentUser.class;
					}

					@Override
					public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
							NativeWebRequest request, WebDataBinderFactory binders) {
						return person;
					}
				})
				.build();
			rest.perform(post("/api/v1/spaces/reservations/1/cancel").locale(Locale.KOREAN))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(STATE));
		}
	}

	@Test
	void cancellingTwiceGivesTheStateMessageOnPagesAndTheApi() throws Exception {
		long space = fixtures.space("두번취소실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 3);
		CurrentUser citizen = citizen();
		long page = bookings.book(SpacesFixtures.request(space, day, 10, 11), citizen).get(0).reservationId();
		long viaApi = bookings.book(SpacesFixtures.request(space, day, 12, 13), citizen).get(0).reservationId();
		MockHttpSession session = login("citizen@ieum.example");

		mvc.perform(post("/my/reservations/" + page + "/cancel").with(csrf()).session(session))
			.andExpect(redirectedUrl("/my/reservations"))
			.andExpect(flash().attribute("notice", "spaces.notice.cancelled"));
		mvc.perform(post("/my/reservations/" + page + "/cancel").with(csrf()).session(session))
			.andExpect(redirectedUrl("/my/reservations"))
			.andExpect(Flashes.error(STATE));

		String token = token(session);
		mvc.perform(post("/api/v1/spaces/reservations/" + viaApi + "/cancel").header("Authorization", token))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/spaces/reservations/" + viaApi + "/cancel").header("Authorization", token))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(STATE));
	}

	@Test
	void aNoShowFreesTheRestOfItsTimeForSameDayBookings() {
		long space = fixtures.space("노쇼반환실", 8, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		Bookings.Occurrence booked = bookingsAt(day.atTime(9, 0).atZone(Seoul.ZONE).toInstant())
			.book(new Bookings.Request(space, day, LocalTime.of(10, 0), LocalTime.of(14, 0), "소모임", 4, 1),
					SpacesFixtures.person())
			.get(0);
		assertThat(booked.booked()).isTrue();

		Bookings atHalfPastTen = bookingsAt(day.atTime(10, 30).atZone(Seoul.ZONE).toInstant());
		asAdmin(() -> new TransactionTemplate(transactionManager)
			.executeWithoutResult(s -> atHalfPastTen.markNoShow(booked.reservationId(), 1L)));

		assertThat(reservations.findById(booked.reservationId()).orElseThrow().getStatus())
			.isEqualTo(ReservationStatus.NO_SHOW);
		// 10:00, 10:10 and 10:20 are gone anyway; everything from 10:30 on is free again
		assertThat(jdbc.queryForObject("select count(*) from spaces_occupied_cell where reservation_id = ?", Long.class,
				booked.reservationId())).isEqualTo(3);
		Bookings.Occurrence later = atHalfPastTen
			.book(new Bookings.Request(space, day, LocalTime.of(11, 0), LocalTime.of(12, 0), "회의", 2, 1),
					SpacesFixtures.person())
			.get(0);
		assertThat(later.messageKey()).isNull();
		assertThat(later.booked()).isTrue();
	}

	@Test
	void openingTheApprovalQueueOrTheCalendarIsLoggedAsPersonalDataAccess() throws Exception {
		long space = fixtures.space("기록실", 10, true);
		LocalDate day = fixtures.openDay("gimhae", 2);
		assertThat(bookings.book(SpacesFixtures.request(space, day, 10, 11), SpacesFixtures.person()).get(0).booked())
			.isTrue();
		String center = String.valueOf(fixtures.centerId("gimhae"));
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		String count = "select count(*) from identity_personal_data_access where actor_email = 'staff.gimhae@ieum.example'"
				+ " and action = 'LIST' and detail like ?";

		long queueBefore = jdbc.queryForObject(count, Long.class, "space reservation requests%");
		mvc.perform(get("/admin/spaces/queue?center=" + center).session(gimhae)).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(count, Long.class, "space reservation requests%")).isEqualTo(queueBefore + 1);

		long calendarBefore = jdbc.queryForObject(count, Long.class, "space reservation calendar%");
		mvc.perform(get("/admin/spaces/calendar?center=" + center + "&date=" + day).session(gimhae))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject(count, Long.class, "space reservation calendar%"))
			.isEqualTo(calendarBefore + 1);
	}

	@Test
	void unknownSpaceIdsAreNotFoundForStaff() throws Exception {
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		mvc.perform(get("/admin/spaces/999999").session(gimhae)).andExpect(status().isNotFound());
		mvc.perform(post("/admin/spaces/999999").with(csrf()).session(gimhae).param("name", "없는 공간"))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/admin/spaces/999999/photos").with(csrf()).session(gimhae).param("altText", "사진"))
			.andExpect(status().isNotFound());
	}

	@Test
	void anOverLongPurposeIsRefusedWithItsOwnMessageAndNothingIsStored() throws Exception {
		long space = fixtures.space("긴목적실", 6, false);
		LocalDate day = fixtures.openDay("gimhae", 2);
		String token = token(login("citizen@ieum.example"));
		String body = "{\"date\":\"" + day + "\",\"start\":\"10:00\",\"end\":\"11:00\",\"purpose\":\"" + "가".repeat(301)
				+ "\",\"headcount\":2}";

		mvc.perform(post("/api/v1/spaces/" + space + "/reservations").header("Authorization", token)
				.contentType("application/json").content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("이용 목적은 300자 이내로 입력해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where space_id = ?", Long.class, space))
			.isZero();

		String fits = body.replace("가".repeat(301), "가".repeat(300));
		mvc.perform(post("/api/v1/spaces/" + space + "/reservations").header("Authorization", token)
				.contentType("application/json").content(fits))
			.andExpect(status().isCreated());
	}

	@Test
	void thePublicTodayBoardDoesNotShowWhatABookingIsFor() throws Exception {
		long space = fixtures.space("오늘공개실", 6, false);
		String purpose = "홍길동 개인 상담 " + System.nanoTime();
		long id = bookings.book(new Bookings.Request(space, fixtures.openDay("gimhae", 2), LocalTime.of(10, 0),
				LocalTime.of(11, 0), purpose, 2, 1), SpacesFixtures.person()).get(0).reservationId();
		// as if it were today, in the small hours so nothing else overlaps
		Instant start = Seoul.today(clock).atTime(1, 0).atZone(Seoul.ZONE).toInstant();
		jdbc.update("delete from spaces_occupied_cell where reservation_id = ?", id);
		jdbc.update("update spaces_reservation set starts_at = ?, ends_at = ?, blocked_until = ? where id = ?",
				start.atOffset(ZoneOffset.UTC), start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC),
				start.plus(Duration.ofHours(1)).atOffset(ZoneOffset.UTC), id);

		mvc.perform(get("/c/gimhae/spaces/today"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("오늘공개실")))
			.andExpect(content().string(containsString("01:00~02:00")))
			.andExpect(content().string(not(containsString(purpose))));
	}
}
