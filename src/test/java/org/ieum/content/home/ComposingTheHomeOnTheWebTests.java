package org.ieum.content.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ieum.content.ContentFixtures;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Staff compose their home page and pages through the web: a slide with its picture appears on the
 * home page, a popup without an end date is refused with its Korean reason and saves nothing, and
 * the policies' page is the system administrators' alone.
 */
@IeumSpringTest
class ComposingTheHomeOnTheWebTests {

	private static final String STAFF = "home-web-gunsan@example.kr";
	private static final String ALT = "웹으로 올린 배너 (홈 웹 테스트)";
	private static final String MEMBER = "홍길동 (홈 웹 테스트)";
	private static final String EVENT = "누리집 새 단장 (홈 웹 테스트)";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	ContentFixtures fixtures;
	long gunsan;

	@BeforeEach
	void staff() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "군산 누리집 담당", "CENTER_STAFF", "gunsan");
		gunsan = fixtures.centerId("gunsan");
	}

	@AfterEach
	void cleanUp() {
		jdbc.update("delete from content_home_banner where alt_text = ?", ALT);
		jdbc.update("delete from content_org_member where name = ?", MEMBER);
		jdbc.update("delete from content_history_row where text = ?", EVENT);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	@Test
	void staffAddASlideThatVisitorsThenSee() throws Exception {
		MockHttpSession session = login(STAFF);
		String admin = mvc.perform(get("/admin/content/home").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("대체 텍스트", "게시 종료일");
		assertThat(mvc.perform(get("/admin/content/pages").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString()).contains("인사말", "조직도");

		mvc.perform(multipart("/admin/content/home/banners").file(new MockMultipartFile("image", "banner.png", "image/png",
				HomeCompositionTests.png()))
			.param("center", String.valueOf(gunsan)).param("altText", ALT).param("linkUrl", "/c/gunsan/programs")
			.session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "home.notice.bannerAdded"));
		String home = mvc.perform(get("/c/gunsan")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(home).contains("alt=\"" + ALT + "\"");
		long id = jdbc.queryForObject("select id from content_home_banner where alt_text = ?", Long.class, ALT);
		assertThat(mvc.perform(get("/content/banners/" + id)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentType()).isEqualTo("image/png");
	}

	@Test
	void eachRowOfTheStaffListsCanBeMovedOrRemovedAndSaysWhichRowItActsOn() throws Exception {
		MockHttpSession session = login(STAFF);
		mvc.perform(multipart("/admin/content/home/banners").file(new MockMultipartFile("image", "banner.png", "image/png",
				HomeCompositionTests.png()))
			.param("center", String.valueOf(gunsan)).param("altText", ALT).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "home.notice.bannerAdded"));
		mvc.perform(post("/admin/content/pages/members").param("center", String.valueOf(gunsan)).param("team", "경영지원팀")
			.param("name", MEMBER).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "sitepages.notice.saved"));
		mvc.perform(post("/admin/content/pages/history").param("center", String.valueOf(gunsan)).param("year", "2026")
			.param("text", EVENT).session(session).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "sitepages.notice.saved"));
		long banner = jdbc.queryForObject("select id from content_home_banner where alt_text = ?", Long.class, ALT);
		long member = jdbc.queryForObject("select id from content_org_member where name = ?", Long.class, MEMBER);
		long event = jdbc.queryForObject("select id from content_history_row where text = ?", Long.class, EVENT);

		String home = mvc.perform(get("/admin/content/home").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String change : new String[] { "up", "down", "delete" }) {
			assertThat(home).contains("/admin/content/home/banners/" + banner + "/" + change + "?center=" + gunsan);
		}
		assertThat(home).contains("aria-label=\"" + ALT + " 앞으로\"", "aria-label=\"" + ALT + " 삭제\"");
		String pages = mvc.perform(get("/admin/content/pages").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		for (String change : new String[] { "up", "down", "delete" }) {
			assertThat(pages).contains("/admin/content/pages/members/" + member + "/" + change + "?center=" + gunsan);
		}
		// 연혁 is ordered by its date: a row can only be removed
		assertThat(pages).contains("/admin/content/pages/history/" + event + "/delete?center=" + gunsan)
			.doesNotContain("/admin/content/pages/history/" + event + "/up");

		mvc.perform(post("/admin/content/pages/members/" + member + "/delete").param("center", String.valueOf(gunsan))
			.session(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select count(*) from content_org_member where name = ?", Integer.class, MEMBER))
			.isZero();
	}

	@Test
	void aPopupWithoutAnEndDateIsRefusedWithItsReason() throws Exception {
		MockHttpSession session = login(STAFF);
		int before = jdbc.queryForObject("select count(*) from content_home_popup", Integer.class);
		mvc.perform(post("/admin/content/home/popups").param("center", String.valueOf(gunsan)).param("title", "끝 없는 팝업")
			.param("body", "안내").session(session).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", "home.error.popupUntilRequired"));
		assertThat(jdbc.queryForObject("select count(*) from content_home_popup", Integer.class)).isEqualTo(before);
	}

	@Test
	void aCentersStaffOpenThePoliciesPageOfTheirCenterAndOnlySystemAdministratorsThatOfTheNetwork() throws Exception {
		long gunsan = jdbc.queryForObject("select id from centers_center where slug = 'gunsan'", Long.class);
		mvc.perform(get("/admin/content/policies").param("center", "0").session(login(STAFF)))
			.andExpect(status().is4xxClientError());
		assertThat(mvc.perform(get("/admin/content/policies").param("center", String.valueOf(gunsan)).session(login(STAFF)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("새 버전 올리기");
		assertThat(mvc.perform(get("/admin/content/policies").session(login("admin@ieum.example")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("제1판", "새 버전 올리기");
	}
}
