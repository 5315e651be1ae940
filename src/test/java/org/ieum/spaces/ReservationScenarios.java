package org.ieum.spaces;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.Role;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;

/** Spaces, bookers and staff that the reservation scenario tests build on (signed in through the real login). */
@IeumSpringTest
abstract class ReservationScenarios {

	static final String PASSWORD = "ieum2026!";

	static final String STATE = "이미 처리된 예약입니다.";

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

	MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	Reservations bookingsAt(Instant now) {
		return new Reservations(spaces, reservations, cells, hours, noShows, mails, properties, transactionManager,
				Clock.fixed(now, Seoul.ZONE));
	}

	/** Reservations whose every state change loses a race, as when the row's version changed underneath. */
	Reservations losingRaces(RuntimeException failure) {
		return new Reservations(spaces, reservations, cells, hours, noShows, mails, properties, transactionManager, clock) {
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

	CurrentUser citizen() {
		long id = identity.findAccountIdByEmail("citizen@ieum.example").orElseThrow();
		return new CurrentUser(id, "citizen@ieum.example", "시민", Set.of(Role.CITIZEN), Set.of());
	}

	static void asAdmin(Runnable action) {
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

	String token(MockHttpSession session) throws Exception {
		MvcResult created = mvc.perform(post("/my/tokens").with(csrf()).session(session).param("name", "검토")
				.param("days", "30")).andReturn();
		return "Bearer " + created.getFlashMap().get("newToken");
	}
}
