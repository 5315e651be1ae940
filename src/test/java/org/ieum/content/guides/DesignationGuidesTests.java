package org.ieum.content.guides;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.ieum.enterprises.DesignationGuides;
import org.ieum.enterprises.DesignationType;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 인·지정 안내: every center has a guide to each designation from the start (the default text: the seven requirements
 * of 제8조, the April and October reports, three years for 예비), its staff rewrite a section with the posts' editor and
 * it is cleaned the same way, an empty section goes back to the default, staff of another center change nothing, the
 * guides are in the portal's menu and in the site search, and the readiness port gives a guide's address.
 */
@IeumSpringTest
class DesignationGuidesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	GuideSiteSearch search;

	@Autowired
	DesignationGuides port;

	long gimhae;

	@BeforeEach
	@AfterEach
	void gimhaeKeepsTheDefaults() {
		gimhae = DemoStaff.centerId(jdbc, "gimhae");
		jdbc.update("delete from content_guide_section where center_id = ?", gimhae);
	}

	private int rows() {
		return jdbc.queryForObject("select count(*) from content_guide_section where center_id = ?", Integer.class, gimhae);
	}

	@Test
	void everyGuideStartsWithTheDefaultTextInTheFourSections() throws Exception {
		mvc.perform(get("/c/gimhae/guides/social-enterprise")).andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>사회적기업(인증) 안내</h1>")))
			.andExpect(content().string(containsString(">절차</h2>")))
			.andExpect(content().string(containsString(">요건</h2>")))
			.andExpect(content().string(containsString(">준비서류</h2>")))
			.andExpect(content().string(containsString(">일정</h2>")))
			.andExpect(content().string(containsString("사회적기업 육성법 제8조의 일곱 가지 요건")))
			.andExpect(content().string(containsString("매년 4월 말과 10월 말")))
			.andExpect(content().string(containsString("한 해에 세 차례 정도")));
		mvc.perform(get("/c/gimhae/guides/pre-social-regional")).andExpect(status().isOk())
			.andExpect(content().string(containsString("지정 기간은 최대 3년")));
		mvc.perform(get("/c/gimhae/guides/self-sufficiency")).andExpect(status().isOk())
			.andExpect(content().string(containsString("기초생활수급자가 3분의 1 이상")));
		mvc.perform(get("/c/gimhae/guides/no-such-designation")).andExpect(status().isNotFound());
		mvc.perform(get("/c/no-such-center/guides/cooperative")).andExpect(status().isNotFound());
	}

	@Test
	void staffRewriteASectionCleanedLikeAPostAndAnEmptyOneGoesBackToTheDefault() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get("/admin/content/guides/social-enterprise").param("center", String.valueOf(gimhae)).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("전국 공통 기본 문안입니다.")));
		mvc.perform(post("/admin/content/guides/social-enterprise").with(csrf()).session(staff)
			.param("center", String.valueOf(gimhae))
			.param("procedure", "<h1>김해 절차</h1><p onmouseover=\"steal()\">김해센터 인증 상담을 먼저 신청합니다.</p>"
					+ "<script>alert(1)</script><a href=\"javascript:alert(1)\">여기</a>")
			.param("schedule", ""))
			.andExpect(flash().attribute("notice", "guides.notice.saved"));
		assertThat(rows()).isEqualTo(1);
		String html = mvc.perform(get("/c/gimhae/guides/social-enterprise")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<h2>김해 절차</h2>", "김해센터 인증 상담을 먼저 신청합니다.", "센터가 ")
			.contains("사회적기업 육성법 제8조의 일곱 가지 요건", "매년 4월 말과 10월 말")
			.doesNotContain("<script>alert(1)</script>", "steal()", "javascript:alert")
			.doesNotContain("한국사회적기업진흥원이 서류를 검토하고");
		// another center's guide keeps the default
		mvc.perform(get("/c/busan/guides/social-enterprise"))
			.andExpect(content().string(not(containsString("김해센터 인증 상담"))));

		mvc.perform(post("/admin/content/guides/social-enterprise").with(csrf()).session(staff)
			.param("center", String.valueOf(gimhae)).param("procedure", "  "))
			.andExpect(flash().attribute("notice", "guides.notice.saved"));
		assertThat(rows()).isZero();
		mvc.perform(get("/c/gimhae/guides/social-enterprise"))
			.andExpect(content().string(containsString("한국사회적기업진흥원이 서류를 검토하고")))
			.andExpect(content().string(not(containsString("김해센터 인증 상담"))));
	}

	@Test
	void staffOfAnotherCenterChangeNothing() throws Exception {
		mvc.perform(post("/admin/content/guides/cooperative").with(csrf()).session(DemoStaff.session(mvc, "busan"))
			.param("center", String.valueOf(gimhae)).param("procedure", "<p>부산이 쓴 김해 안내</p>"))
			.andExpect(status().isForbidden());
		assertThat(rows()).isZero();
		mvc.perform(get("/admin/content/guides/cooperative").param("center", String.valueOf(gimhae))
			.session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());
	}

	@Test
	void theGuidesAreInThePortalMenuAndTheSiteSearch() throws Exception {
		mvc.perform(get("/c/gimhae")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides\"")));
		mvc.perform(get("/c/gimhae/guides")).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/social-enterprise\"")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/pre-social-ministry\"")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/village-enterprise\"")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/social-cooperative\"")));

		SiteSearchScope portal = SiteSearchScope.portal(gimhae, "gimhae");
		List<SiteSearchHit> defaults = search.search(portal, "창립총회", 0, 10).hits();
		assertThat(defaults).extracting(SiteSearchHit::url)
			.contains("/c/gimhae/guides/cooperative", "/c/gimhae/guides/social-cooperative")
			.doesNotContain("/c/gimhae/guides/self-sufficiency");

		mvc.perform(post("/admin/content/guides/village-enterprise").with(csrf()).session(DemoStaff.session(mvc, "gimhae"))
			.param("center", String.valueOf(gimhae)).param("schedule", "<p>김해 마을기업 공모는 해마다 3월 둘째 주에 엽니다.</p>"))
			.andExpect(flash().attribute("notice", "guides.notice.saved"));
		assertThat(search.search(portal, "3월 둘째 주", 0, 10).hits()).extracting(SiteSearchHit::url)
			.containsExactly("/c/gimhae/guides/village-enterprise");
		assertThat(search.search(SiteSearchScope.portal(DemoStaff.centerId(jdbc, "busan"), "busan"), "3월 둘째 주", 0, 10)
			.hits()).isEmpty();
		mvc.perform(get("/c/gimhae/search").param("q", "3월 둘째 주").param("kind", "guides")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/c/gimhae/guides/village-enterprise")));
	}

	@Test
	void theReadinessChecklistFindsTheGuideOfItsDesignation() {
		assertThat(port.guideOf(gimhae, DesignationType.SOCIAL_ENTERPRISE)).contains("/c/gimhae/guides/social-enterprise");
		assertThat(port.guideOf(gimhae, DesignationType.COOPERATIVE)).contains("/c/gimhae/guides/cooperative");
		assertThat(port.guideOf(-1, DesignationType.COOPERATIVE)).isEmpty();
	}
}
