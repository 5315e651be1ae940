package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;

import org.ieum.identity.CurrentUser;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** A booking that another request already changed answers with the state message, never a server error. */
@IeumSpringTest
class ReservationStateMessageTests extends ReservationScenarios {

	@Test
	void aLostRaceOnCancelOrDecisionIsTheStateMessageNotA500() throws Exception {
		for (RuntimeException failure : new RuntimeException[] {
				new ObjectOptimisticLockingFailureException(Reservation.class, 1L),
				new DataIntegrityViolationException("duplicate") }) {
			Reservations racing = losingRaces(failure);

			RedirectAttributesModelMap mine = new RedirectAttributesModelMap();
			String target = new MyReservationsController(racing, null, null, "http://localhost")
				.cancel(1L, SpacesFixtures.person(), mine);
			assertThat(target).isEqualTo("redirect:/my/reservations");
			assertThat(Flashes.errorText(mine.getFlashAttributes())).isEqualTo(STATE);

			RedirectAttributesModelMap staff = new RedirectAttributesModelMap();
			new ReservationAdminController(racing, null, api, clock)
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
}
