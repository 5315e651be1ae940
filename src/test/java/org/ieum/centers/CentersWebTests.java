package org.ieum.centers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

@IeumSpringTest
class CentersWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CentersApi centers;

	@Autowired
	VisitorCountRepository visitorCounts;

	@Autowired
	Clock clock;

	@Test
	void networkPageListsEveryDemoCenterByRegion() throws Exception {
		String html = mvc.perform(get("/")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("부산광역시 사회적경제지원센터", "전북특별자치도 사회적경제지원센터", "군산시 사회적경제지원센터",
				"광주광역시 사회적경제지원센터", "광주 동구 사회적경제지원센터", "김해시 사회적공동체지원센터")
			.contains("href=\"/c/gunsan\"", "href=\"/c/gwangju-donggu\"")
			.contains("<h2 id=\"region-0\">경상남도</h2>");
	}

	@Test
	void portalHomeShowsTheCenterAndItsFooter() throws Exception {
		mvc.perform(get("/c/gimhae"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("김해시 사회적공동체지원센터")))
			.andExpect(content().string(Matchers.containsString("평일 09:00~18:00 (목 ~21:00), 주말·공휴일 휴관")))
			.andExpect(content().string(Matchers.containsString("055-000-6000")))
			.andExpect(content().string(Matchers.containsString("demo-banner")))
			.andExpect(content().string(Matchers.containsString("href=\"/c/gimhae/about\"")));
	}

	@Test
	void aPortalLinksOutToTheNetworkItsParentAndTheCentersBesideIt() throws Exception {
		String gunsan = mvc.perform(get("/c/gunsan")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String footer = gunsan.substring(gunsan.indexOf("<footer"));
		assertThat(footer).contains("href=\"/\"", "이음 네트워크 홈", "상위 센터", "href=\"/c/jeonbuk\"",
				"href=\"/certificates\"", "수료증 진위 확인");
		// Jeonbuk's page links down to Gunsan and across to the other top-level centers
		String jeonbuk = mvc.perform(get("/c/jeonbuk")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(jeonbuk.substring(jeonbuk.indexOf("<footer"))).contains("href=\"/c/gunsan\"", "href=\"/c/busan\"",
				"href=\"/c/gimhae\"").doesNotContain("상위 센터", "href=\"/c/jeonbuk\"");
		// every page describes itself: the portal's own line by default
		assertThat(gunsan).containsPattern("<meta name=\"description\" content=\"[^\"]*군산[^\"]*\"");
	}

	@Test
	void gimhaesPortalLinksItsLibraryAndItsSmallGroups() throws Exception {
		String about = mvc.perform(get("/c/gimhae/about")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(about).contains("1,891명", "월평균 474명", "href=\"/c/gimhae/library\"", "href=\"/c/gimhae/groups\"");
	}

	@Test
	void aboutPageShowsSitesHoursAndContacts() throws Exception {
		String html = mvc.perform(get("/c/busan/about")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("본 센터 (부산벤처타워)", "동래 커뮤니티·비즈니스 공간", "10:00~17:00", "기획운영팀",
				"(예시) 부산사회적경제네트워크 사회적협동조합", "2025-01-01 ~ 2026-12-31", "aria-current=\"page\"",
				"<th scope=\"col\">요일</th>", "부산광역시 사상구 사상로 000, 부산벤처타워 5층 (예시 주소)");
	}

	@Test
	void unknownCenterIsAKoreanNotFoundPage() throws Exception {
		mvc.perform(get("/c/nowhere")).andExpect(status().isNotFound());
		mvc.perform(get("/c/nowhere/about")).andExpect(status().isNotFound());
		// MockMvc does not forward to the error page, so render it the way the container would.
		String html = mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404)
			.requestAttr("jakarta.servlet.error.request_uri", "/c/nowhere")
			.accept(MediaType.TEXT_HTML))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("페이지를 찾을 수 없습니다");
	}

	@Test
	void jsonApiListsCentersAndOneProfile() throws Exception {
		mvc.perform(get("/api/v1/centers"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.slug == 'gunsan')].parentId").isNotEmpty());
		mvc.perform(get("/api/v1/centers/gimhae"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("김해시 사회적공동체지원센터"))
			.andExpect(jsonPath("$.sites[0].weeklyHours[3].closes").value("21:00:00"));
		mvc.perform(get("/api/v1/centers/nowhere")).andExpect(status().isNotFound());
	}

	@Test
	void staffOfAnotherCenterAreRefused() throws Exception {
		long busan = centers.findBySlug("busan").orElseThrow().id();
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		var gimhaeStaff = user("gimhae-staff").authorities(
				new SimpleGrantedAuthority(Authorities.CENTER_STAFF),
				new SimpleGrantedAuthority(Authorities.centerScope(gimhae)));
		mvc.perform(get("/admin/centers/" + busan).with(gimhaeStaff)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/centers/" + busan + "/visitors").with(gimhaeStaff)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/centers/" + busan + "/contacts").with(gimhaeStaff).with(csrf())
			.param("team", "침입팀").param("duty", "없음")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/centers/" + gimhae).with(gimhaeStaff)).andExpect(status().isOk());
		String list = mvc.perform(get("/admin/centers").with(gimhaeStaff)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("김해시 사회적공동체지원센터").doesNotContain("부산광역시 사회적경제지원센터");
	}

	@Test
	void invalidVisitorCountsChangeNothing() throws Exception {
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		long site = centers.sitesOf(gimhae).get(0).id();
		var staff = user("gimhae-staff").authorities(
				new SimpleGrantedAuthority(Authorities.CENTER_STAFF),
				new SimpleGrantedAuthority(Authorities.centerScope(gimhae)));
		long before = visitorCounts.countBySiteId(site);
		LocalDate today = Seoul.today(clock);

		String negative = mvc.perform(post("/admin/centers/" + gimhae + "/visitors").with(staff).with(csrf())
			.param("siteId", String.valueOf(site)).param("date", today.minusDays(40).toString()).param("visitors", "-3"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(negative).contains("방문자 수는 0명 이상이어야 합니다.");

		String future = mvc.perform(post("/admin/centers/" + gimhae + "/visitors").with(staff).with(csrf())
			.param("siteId", String.valueOf(site)).param("date", today.plusDays(1).toString()).param("visitors", "5"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(future).contains("오늘 이후 날짜의 방문자 수는 입력할 수 없습니다.");

		assertThat(visitorCounts.countBySiteId(site)).isEqualTo(before);
		assertThat(visitorCounts.findBySiteIdAndVisitDate((long) site, today.plusDays(1))).isEmpty();
	}

	@Test
	void closingBeforeOpeningIsRefusedWithAKoreanMessage() throws Exception {
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		long site = centers.sitesOf(gimhae).get(0).id();
		var admin = user("admin").roles("SYSTEM_ADMIN");
		var request = post("/admin/centers/" + gimhae + "/sites/" + site + "/hours").with(admin).with(csrf());
		for (int i = 0; i < 7; i++) {
			request.param("days[" + i + "].open", String.valueOf(i < 5))
				.param("days[" + i + "].opens", "09:00")
				.param("days[" + i + "].closes", i == 2 ? "08:00" : "18:00");
		}
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("닫는 시각은 여는 시각보다 늦어야 합니다.");
		assertThat(centers.weeklyHours(site).get(3).closes()).hasToString("21:00");
	}

	@Test
	void duplicateSlugIsRefused() throws Exception {
		String html = mvc.perform(post("/admin/centers/new").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
			.param("slug", "busan").param("name", "또 다른 부산").param("shortName", "부산").param("region", "부산광역시"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("이미 다른 센터가 쓰는 주소 이름입니다.");
		assertThat(centers.all()).filteredOn(c -> c.name().equals("또 다른 부산")).isEmpty();
	}

	@Test
	void adminPagesRenderForASystemAdministrator() throws Exception {
		long busan = centers.findBySlug("busan").orElseThrow().id();
		long site = centers.sitesOf(busan).get(0).id();
		var admin = user("admin").roles("SYSTEM_ADMIN");
		mvc.perform(get("/admin/centers").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/centers/new").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/centers/" + busan).with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/centers/" + busan + "/sites/" + site).with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/centers/" + busan + "/visitors").with(admin)).andExpect(status().isOk());
		String holidays = mvc.perform(get("/admin/holidays").param("year", "2026").with(admin))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(holidays).contains("추석", "대체공휴일(광복절)", "2026년 공휴일");
	}

	@Test
	void anUnknownParentCenterIsAFieldErrorAndNothingIsSaved() throws Exception {
		long gunsan = centers.findBySlug("gunsan").orElseThrow().id();
		CenterSummary before = centers.findById(gunsan).orElseThrow();
		String html = mvc.perform(post("/admin/centers/" + gunsan).with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
				.param("name", "이름을 바꾸면 안 되는 군산").param("shortName", "군산").param("region", "전북특별자치도")
				.param("parentId", "999999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("선택한 상위 센터를 찾을 수 없습니다.");
		assertThat(centers.findById(gunsan).orElseThrow()).isEqualTo(before);

		String created = mvc.perform(post("/admin/centers/new").with(user("admin").roles("SYSTEM_ADMIN")).with(csrf())
				.param("slug", "orphan-center").param("name", "고아 센터").param("shortName", "고아").param("region", "서울특별시")
				.param("parentId", "999999"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(created).contains("선택한 상위 센터를 찾을 수 없습니다.");
		assertThat(centers.findBySlug("orphan-center")).isEmpty();
	}

	@Test
	void craftedFormsAndYearsAnswerWithoutAnError() throws Exception {
		long gimhae = centers.findBySlug("gimhae").orElseThrow().id();
		long site = centers.sitesOf(gimhae).get(0).id();
		var admin = user("admin").roles("SYSTEM_ADMIN");
		mvc.perform(post("/admin/centers/" + gimhae + "/sites/" + site + "/hours").with(admin).with(csrf())
				.param("days[300].open", "true"))
			.andExpect(status().is(Matchers.lessThan(500)));
		assertThat(centers.weeklyHours(site).get(3).closes()).hasToString("21:00");
		mvc.perform(get("/admin/holidays").param("year", "1000000000").with(admin)).andExpect(status().isOk());
		mvc.perform(get("/admin/centers/" + gimhae + "/visitors").param("year", "1000000000").with(admin))
			.andExpect(status().isOk());
	}
}
