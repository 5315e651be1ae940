package org.ieum.enterprises.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.centers.CentersApi;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.shared.Seoul;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A founding team's name may be a person's: it stays out of every public listing of its center (directory page,
 * its suggestions, the site search, the JSON API, public profiles, statistics counts) until staff mark it founded,
 * while staff and the team's managers still see it.
 */
@IeumSpringTest
class FoundingTeamsUnlistedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EnterprisesApi enterprises;

	@Autowired
	CentersApi centers;

	@Autowired
	Clock clock;

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	private long register(MockHttpSession staff, String name) throws Exception {
		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(staff).param("name", name)
			.param("founderEmail", "citizen@ieum.example").param("stage", "DISCOVERED")
			.param("on", Seoul.today(clock).minusDays(10).toString()))
			.andExpect(flash().attribute("notice", "stages.notice.teamRegistered"));
		return jdbc.queryForObject("select id from enterprises_organization where name = ?", Long.class, name);
	}

	private long counted(long center) {
		return enterprises.counts(centers.centerAndDescendantIds(center), Seoul.today(clock)).organizations();
	}

	private String page(String url, Object... params) throws Exception {
		var request = get(url);
		for (int i = 0; i < params.length; i += 2) {
			request = request.param((String) params[i], (String) params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

	/**
	 * Every public path of the center, as an anonymous visitor sees it: each result list links the organization (or,
	 * for the API, names its id); the search box's suggestions name it.
	 */
	private void assertPublic(long id, String word, String name, boolean listed) throws Exception {
		String link = "organizations/" + id + "\"";
		java.util.Map<String, String> found = new java.util.LinkedHashMap<>();
		found.put(page("/c/gimhae/organizations", "q", word), link);
		found.put(page("/c/gimhae/organizations/suggest", "q", word), name);
		found.put(page("/api/v1/organizations", "q", word, "scope", "gimhae"), "\"id\":" + id + ",");
		found.put(page("/c/gimhae/search", "q", word), link);
		found.put(page("/search", "q", word), link);
		found.forEach((body, marker) -> {
			if (listed) {
				assertThat(body).contains(marker);
			}
			else {
				assertThat(body).doesNotContain(marker);
			}
		});
		int expected = listed ? 200 : 404;
		assertThat(mvc.perform(get("/c/gimhae/organizations/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(expected);
		assertThat(mvc.perform(get("/api/v1/public/organizations/" + id)).andReturn().getResponse().getStatus())
			.isEqualTo(expected);
	}

	@Test
	void aFoundingTeamIsPublicOnlyOnceStaffMoveItToFounding() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long before = counted(gimhae);
		long team = register(staff, "홍길순네 공방 창업팀");

		assertPublic(team, "홍길순네", "홍길순네 공방 창업팀", false);
		assertThat(counted(gimhae)).isEqualTo(before);
		// staff and the team's manager still see it
		assertThat(mvc.perform(get("/admin/organizations").param("q", "홍길순네").session(staff)).andReturn().getResponse()
			.getContentAsString()).contains("홍길순네 공방 창업팀");
		assertThat(mvc.perform(get("/my/organizations").session(login("citizen@ieum.example"))).andReturn().getResponse()
			.getContentAsString()).contains("홍길순네 공방 창업팀");
		assertThat(mvc.perform(get("/admin/organizations/" + team + "/stage").session(staff)).andReturn().getResponse()
			.getContentAsString()).contains("공개 조직 목록, 검색, 공개 API와 통계에는 나오지 않습니다");

		// moving along before founding keeps it out
		mvc.perform(post("/admin/organizations/" + team + "/stage").with(csrf()).session(staff).param("from", "DISCOVERED")
			.param("stage", "PREPARING_FOUNDING").param("on", Seoul.today(clock).minusDays(5).toString()))
			.andExpect(flash().attribute("notice", "stages.notice.moved"));
		assertPublic(team, "홍길순네", "홍길순네 공방 창업팀", false);

		mvc.perform(post("/admin/organizations/" + team + "/stage").with(csrf()).session(staff)
			.param("from", "PREPARING_FOUNDING").param("stage", "FOUNDED").param("on", Seoul.today(clock).toString()))
			.andExpect(flash().attribute("notice", "stages.notice.moved"));
		assertPublic(team, "홍길순네", "홍길순네 공방 창업팀", true);
		assertThat(counted(gimhae)).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_change where organization_id = ? and field = 'foundingTeam'",
				Integer.class, team)).isEqualTo(1);
	}

	@Test
	void aFoundingTeamGivenABusinessNumberIsPublicAndAnExitDoesNotPublishIt() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long before = counted(gimhae);
		long numbered = register(staff, "이순자와 친구들 창업팀");
		long closing = register(staff, "박말순 반찬 창업팀");

		mvc.perform(post("/admin/organizations/" + closing + "/stage").with(csrf()).session(staff).param("from", "DISCOVERED")
			.param("stage", "CLOSED").param("on", Seoul.today(clock).toString()))
			.andExpect(flash().attribute("notice", "stages.notice.moved"));
		assertPublic(closing, "박말순", "박말순 반찬 창업팀", false);

		String nine = "61281" + String.format("%04d", numbered % 10000);
		String number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine)).formatted();
		mvc.perform(post("/admin/organizations/" + numbered).with(csrf()).session(staff).param("businessNumber", number)
			.param("centerIds", String.valueOf(gimhae)).param("name", "이순자와 친구들 창업팀"))
			.andExpect(status().is3xxRedirection());
		assertPublic(numbered, "이순자와", "이순자와 친구들 창업팀", true);
		assertThat(counted(gimhae)).isEqualTo(before + 1);
	}
}
