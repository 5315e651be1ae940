package org.ieum.spaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

/** Bad requests about spaces are refused plainly: unknown ids are not found and an over-long purpose stores nothing. */
@IeumSpringTest
class SpaceRequestCheckTests extends ReservationScenarios {

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
}
