package org.ieum.content.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A center's static pages: what staff write is cleaned like a post, 연혁 and 조직도 are rows with
 * checked years and phone numbers, 오시는 길 shows the centers module's address and hours and a map
 * only with the center's own key, staff of another center change nothing, and the pages are in
 * the portal's 센터소개 menu while the old 센터소개 address still works.
 */
@IeumSpringTest
class SitePagesTests {

	@Autowired
	CenterPages pages;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	long gunsan;
	long busan;

	@BeforeEach
	void staffOfGunsan() {
		gunsan = jdbc.queryForObject("select id from centers_center where slug = 'gunsan'", Long.class);
		busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		cleanUp();
		asStaffOf(gunsan);
	}

	/** Gunsan's pages start empty in each test (the demo gives every center a few rows). */
	@AfterEach
	void cleanUp() {
		SecurityContextHolder.clearContext();
		jdbc.update("delete from content_page where center_id = ?", gunsan);
		jdbc.update("delete from content_history_row where center_id = ?", gunsan);
		jdbc.update("delete from content_org_member where center_id = ?", gunsan);
	}

	private static void asStaffOf(long center) {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", "x",
				Authorities.CENTER_STAFF, Authorities.centerScope(center)));
	}

	private MockHttpServletResponse open(String path) throws Exception {
		SecurityContextHolder.clearContext();
		MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
		asStaffOf(gunsan);
		return response;
	}

	@Test
	void aGreetingIsCleanedLikeAPostAndStillSaves() throws Exception {
		pages.writeGreeting(gunsan, "<h1>반갑습니다</h1><p onmouseover=\"steal()\">군산의 사회적경제를 함께 키웁니다.</p>"
				+ "<script>alert(1)</script><a href=\"javascript:alert(1)\">여기</a><iframe src=\"https://evil.example\"></iframe>");
		MockHttpServletResponse page = open("/c/gunsan/pages/greeting");
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("<h2>반갑습니다</h2>", "군산의 사회적경제를 함께 키웁니다.")
			.doesNotContain("alert(1)", "onmouseover", "javascript:", "evil.example");
	}

	@Test
	void withoutAGreetingThePageShowsTheCentersIntroduction() throws Exception {
		String intro = jdbc.queryForObject("select introduction from centers_center where id = ?", String.class, gunsan);
		String html = open("/c/gunsan/pages/greeting").getContentAsString();
		assertThat(html).contains(intro.lines().findFirst().orElseThrow().strip());
	}

	@Test
	void historyIsYearRowsNewestFirst() throws Exception {
		pages.addHistory(gunsan, 2019, 3, "군산시 사회적경제지원센터 문을 엶");
		pages.addHistory(gunsan, 2024, null, "공유 사무실 10곳 마련");
		pages.addHistory(gunsan, 2024, 11, "사회적경제 한마당 개최");
		assertThatThrownBy(() -> pages.addHistory(gunsan, 19, 3, "잘못된 해")).isInstanceOf(Refusal.class)
			.hasMessage("sitepages.error.year");
		assertThatThrownBy(() -> pages.addHistory(gunsan, 2020, 13, "잘못된 달")).isInstanceOf(Refusal.class)
			.hasMessage("sitepages.error.month");
		assertThatThrownBy(() -> pages.addHistory(gunsan, 2020, 1, " ")).isInstanceOf(Refusal.class)
			.hasMessage("sitepages.error.historyText");
		assertThat(pages.history("gunsan")).extracting(PageViews.HistoryYear::year).containsExactly(2024, 2019);
		String html = open("/c/gunsan/pages/history").getContentAsString();
		assertThat(html.indexOf("2024년")).isLessThan(html.indexOf("2019년"));
		assertThat(html).contains("3월", "군산시 사회적경제지원센터 문을 엶").doesNotContain("잘못된");
	}

	@Test
	void theOrganizationIsPeopleGroupedByTeamWithCheckedPhoneNumbers() throws Exception {
		pages.addMember(gunsan, "경영지원팀", "김지원", "팀장", "063-000-1001");
		pages.addMember(gunsan, "기업성장팀", "이성장", "창업 지원", "063-000-1002");
		pages.addMember(gunsan, "경영지원팀", "박회계", "회계", null);
		assertThatThrownBy(() -> pages.addMember(gunsan, "경영지원팀", "최전화", null, "<b>전화</b>"))
			.isInstanceOf(Refusal.class).hasMessage("sitepages.error.phone");
		assertThatThrownBy(() -> pages.addMember(gunsan, " ", "무소속", null, null))
			.isInstanceOf(Refusal.class).hasMessage("sitepages.error.team");
		assertThat(pages.organization("gunsan")).satisfiesExactly(
				team -> assertThat(team.people()).extracting(PageViews.Person::name).containsExactly("김지원", "박회계"),
				team -> assertThat(team.name()).isEqualTo("기업성장팀"));
		String html = open("/c/gunsan/pages/organization").getContentAsString();
		assertThat(html).contains("href=\"tel:063-000-1001\"", "기업성장팀").doesNotContain("최전화");
	}

	@Test
	void directionsShowTheCentersAddressAndHoursAndAMapOnlyWithTheCentersKey() throws Exception {
		MockHttpServletResponse plain = open("/c/gunsan/pages/directions");
		String address = pages.directions("gunsan", Locale.KOREAN).address();
		assertThat(plain.getContentAsString()).contains(address, "https://map.kakao.com/?q=", "https://map.naver.com/p/search/",
				"월요일").doesNotContain("/assets/js/kakao-map");
		assertThat(plain.getHeader("Content-Security-Policy")).doesNotContain("kakao");

		assertThatThrownBy(() -> pages.writeDirections(gunsan, "버스", "<script>"))
			.isInstanceOf(Refusal.class).hasMessage("sitepages.error.mapKey");
		pages.writeDirections(gunsan, "군산역에서 버스 7번을 타고 센터 앞에서 내립니다.", "0123456789abcdef0123456789abcdef");
		MockHttpServletResponse mapped = open("/c/gunsan/pages/directions");
		assertThat(mapped.getContentAsString()).contains("/assets/js/kakao-map.", "data-map-key=\"0123456789abcdef0123456789abcdef\"",
				"군산역에서 버스 7번을");
		assertThat(mapped.getHeader("Content-Security-Policy")).contains("https://dapi.kakao.com");
		// every other page keeps the site's own policy
		assertThat(open("/c/gunsan").getHeader("Content-Security-Policy")).doesNotContain("kakao");
	}

	@Test
	void staffOfAnotherCenterChangeNothing() {
		asStaffOf(gunsan);
		assertThatThrownBy(() -> pages.writeGreeting(busan, "<p>남의 인사말</p>")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> pages.addMember(busan, "침입팀", "누구", null, null)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> pages.addHistory(busan, 2020, null, "침입")).isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.queryForObject("select count(*) from content_page where center_id = ?", Integer.class, busan)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from content_org_member where center_id = ? and team = '침입팀'",
				Integer.class, busan)).isZero();
	}

	@Test
	void thePagesAreInThe센터소개MenuAndTheOldAboutAddressStillWorks() throws Exception {
		String home = open("/c/gunsan").getContentAsString();
		assertThat(home).contains("href=\"/c/gunsan/pages/greeting\"", "href=\"/c/gunsan/pages/history\"",
				"href=\"/c/gunsan/pages/organization\"", "href=\"/c/gunsan/pages/directions\"", "href=\"/c/gunsan/about\"");
		assertThat(open("/c/gunsan/about").getStatus()).isEqualTo(200);
		assertThat(open("/c/no-such-center/pages/greeting").getStatus()).isEqualTo(404);
	}
}
