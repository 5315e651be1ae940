package org.ieum.content.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ieum.content.ContentFixtures;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * 개인정보처리방침 and 이용약관: the footer of every page links them, the version in force today is
 * the latest whose effective date has come (Korean time), a later one shows as upcoming and an
 * earlier one stays readable at its own address, only system administrators publish the network's, a
 * center's staff (and nobody else) publish their center's own which its portal links instead, a
 * portal without its own shows the network's, and the first versions say what the sign-up page asks
 * people to agree to.
 */
@IeumSpringTest
class PoliciesTests {

	@Autowired
	Policies policies;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private String page(String path) throws Exception {
		SecurityContextHolder.clearContext();
		return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static PolicyVersion version(int number, String effectiveOn) {
		return new PolicyVersion(PolicyKind.PRIVACY, number, LocalDate.parse(effectiveOn), "<p>제" + number + "판</p>", null);
	}

	@Test
	void theVersionInForceIsTheLatestWhoseEffectiveDateHasCome() {
		List<PolicyVersion> newestFirst = List.of(version(3, "2026-09-01"), version(2, "2026-03-01"), version(1, "2026-01-01"));
		assertThat(Policies.inForce(newestFirst, LocalDate.parse("2025-12-31"))).isEmpty();
		assertThat(Policies.inForce(newestFirst, LocalDate.parse("2026-01-01"))).map(PolicyVersion::getVersion).contains(1);
		assertThat(Policies.inForce(newestFirst, LocalDate.parse("2026-02-28"))).map(PolicyVersion::getVersion).contains(1);
		assertThat(Policies.inForce(newestFirst, LocalDate.parse("2026-03-01"))).map(PolicyVersion::getVersion).contains(2);
		assertThat(Policies.inForce(newestFirst, LocalDate.parse("2027-01-01"))).map(PolicyVersion::getVersion).contains(3);
	}

	@Test
	void theFirstVersionsSayWhatTheSignUpPageAsksToAgreeTo() throws Exception {
		String privacy = messages.getMessage("consent.PRIVACY.text", null, Locale.KOREAN);
		String terms = messages.getMessage("consent.TERMS.text", null, Locale.KOREAN);
		assertThat(jdbc.queryForObject("select body_html from content_policy_version where center_id = 0 and kind = 'PRIVACY' and version = 1",
				String.class)).isEqualTo("<p>" + privacy + "</p>");
		assertThat(jdbc.queryForObject("select body_html from content_policy_version where center_id = 0 and kind = 'TERMS' and version = 1",
				String.class)).isEqualTo("<p>" + terms + "</p>");
		assertThat(page("/policies/privacy")).contains("<h1>개인정보처리방침</h1>", HtmlUtils.htmlEscape(privacy).substring(0, 20));
		assertThat(page("/policies/terms")).contains("<h1>이용약관</h1>");
	}

	@Test
	void everyPagesFooterLinksBothPoliciesAPortalsItsCentersAddress() throws Exception {
		for (String path : List.of("/", "/login", "/policies/terms")) {
			assertThat(page(path)).as(path).contains("href=\"/policies/privacy\"", "href=\"/policies/terms\"");
		}
		assertThat(page("/c/busan")).contains("href=\"/c/busan/policies/privacy\"", "href=\"/c/busan/policies/terms\"");
		assertThat(page("/c/gimhae/boards")).contains("href=\"/c/gimhae/policies/privacy\"",
				"href=\"/c/gimhae/policies/terms\"");
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	@Test
	void aCentersStaffPublishItsOwnPolicyWhichItsPortalShowsWithItsVersionsAndAnotherCentersStaffCannot()
			throws Exception {
		ContentFixtures fixtures = new ContentFixtures(jdbc);
		fixtures.person("policies-gunsan@example.kr", "군산 방침 담당", "CENTER_STAFF", "gunsan");
		fixtures.person("policies-busan@example.kr", "부산 방침 담당", "CENTER_STAFF", "busan");
		long gunsan = fixtures.centerId("gunsan");
		LocalDate today = Seoul.today(clock);
		LocalDate latest = jdbc.queryForObject(
				"select max(effective_on) from content_policy_version where center_id = ? and kind = 'PRIVACY'",
				LocalDate.class, gunsan);
		LocalDate first = latest == null ? today : latest.plusDays(1);
		int before = jdbc.queryForObject("select count(*) from content_policy_version where center_id = ?", Integer.class,
				gunsan);

		MockHttpSession busanStaff = login("policies-busan@example.kr");
		mvc.perform(post("/admin/content/policies").session(busanStaff).with(csrf()).param("center", String.valueOf(gunsan))
			.param("kind", "privacy").param("effectiveOn", first.toString()).param("body", "<p>부산이 몰래 쓴 방침</p>"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/content/policies").session(busanStaff).param("center", String.valueOf(gunsan)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from content_policy_version where center_id = ?", Integer.class,
				gunsan)).isEqualTo(before);

		MockHttpSession staff = login("policies-gunsan@example.kr");
		assertThat(mvc.perform(get("/admin/content/policies").session(staff)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("군산");
		mvc.perform(post("/admin/content/policies").session(staff).with(csrf()).param("center", String.valueOf(gunsan))
			.param("kind", "privacy").param("effectiveOn", first.toString())
			.param("body", "<p>군산센터 개인정보처리방침 " + first + "</p><script>alert(1)</script>"))
			.andExpect(flash().attribute("notice", "policies.notice.published"));
		mvc.perform(post("/admin/content/policies").session(staff).with(csrf()).param("center", String.valueOf(gunsan))
			.param("kind", "privacy").param("effectiveOn", first.plusDays(30).toString())
			.param("body", "<p>군산센터 개정 방침</p>"))
			.andExpect(flash().attribute("notice", "policies.notice.published"));
		int own = before + 2;
		assertThat(jdbc.queryForObject("select count(*) from content_policy_version where center_id = ?", Integer.class,
				gunsan)).isEqualTo(own);

		if (first.equals(today)) {
			String current = page("/c/gunsan/policies/privacy");
			assertThat(current).contains("군산센터 개인정보처리방침 " + first, "시행 중입니다", "시행 예정",
					"href=\"/c/gunsan/policies/privacy/" + (own - 1) + "\"", "href=\"/c/gunsan/policies/privacy/" + own + "\"")
				.doesNotContain("<script>alert(1)", "공통 방침을 보여 드립니다");
		}
		assertThat(page("/c/gunsan/policies/privacy/" + own)).contains("군산센터 개정 방침", "시행할 예정입니다");
		assertThat(page("/c/gunsan/policies/privacy/" + (own - 1))).contains("군산센터 개인정보처리방침 " + first);
		// the network's policy and another portal stay as they were
		assertThat(page("/policies/privacy")).doesNotContain("군산센터");
		assertThat(page("/c/busan/policies/privacy")).doesNotContain("군산센터");
	}

	@Test
	void aPortalWhoseCenterHasNoPolicyOfItsOwnShowsTheNetworksAndHasNoVersionsOfItsOwn() throws Exception {
		long busan = new ContentFixtures(jdbc).centerId("busan");
		assertThat(jdbc.queryForObject("select count(*) from content_policy_version where center_id = ? and kind = 'TERMS'",
				Integer.class, busan)).isZero();
		String network = jdbc.queryForObject("select body_html from content_policy_version where center_id = 0"
				+ " and kind = 'TERMS' and effective_on <= ? order by version desc limit 1", String.class,
				Seoul.today(clock));

		String terms = page("/c/busan/policies/terms");
		assertThat(terms).contains("<h1>이용약관</h1>", network,
				"부산광역시 사회적경제지원센터의 방침이 따로 없어 이음 네트워크 공통 방침을 보여 드립니다.",
				"href=\"/policies/terms/1\"");
		assertThat(mvc.perform(get("/c/busan/policies/terms/1")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/c/no-such-center/policies/terms")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aNewVersionIsUpcomingUntilItsDateAndTheEarlierOneStaysReadable() throws Exception {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", "x", Authorities.SYSTEM_ADMIN));
		LocalDate today = Seoul.today(clock);
		LocalDate latest = jdbc.queryForObject("select max(effective_on) from content_policy_version where center_id = 0 and kind = 'TERMS'",
				LocalDate.class);
		LocalDate next = (latest.isAfter(today) ? latest : today).plusDays(10);
		int before = jdbc.queryForObject("select count(*) from content_policy_version", Integer.class);

		assertThatThrownBy(() -> policies.publish(PolicyKind.TERMS, null, "<p>약관</p>"))
			.isInstanceOf(Refusal.class).hasMessage("policies.error.effectiveRequired");
		assertThatThrownBy(() -> policies.publish(PolicyKind.TERMS, today.minusDays(1), "<p>약관</p>"))
			.isInstanceOf(Refusal.class).hasMessage("policies.error.effectivePast");
		assertThatThrownBy(() -> policies.publish(PolicyKind.TERMS, next, "<script>alert(1)</script>"))
			.isInstanceOf(Refusal.class).hasMessage("policies.error.body");
		assertThat(jdbc.queryForObject("select count(*) from content_policy_version", Integer.class)).isEqualTo(before);

		PolicyVersion upcoming = policies.publish(PolicyKind.TERMS, next,
				"<h2>제1조 목적</h2><p onclick=\"x()\">이 약관은 새로 고친 약관입니다.</p><script>alert(1)</script>");
		assertThat(upcoming.getBodyHtml()).doesNotContain("script", "onclick");
		assertThatThrownBy(() -> policies.publish(PolicyKind.TERMS, next, "<p>같은 날</p>"))
			.isInstanceOf(Refusal.class).hasMessage("policies.error.effectiveOrder");

		String current = page("/policies/terms");
		assertThat(current).doesNotContain("새로 고친 약관").contains("시행 중입니다", "시행 예정",
				"href=\"/policies/terms/" + upcoming.getVersion() + "\"");
		assertThat(page("/policies/terms/" + upcoming.getVersion())).contains("새로 고친 약관", "시행할 예정입니다");
		assertThat(page("/policies/terms/1")).contains("제1판");
		assertThat(mvc.perform(get("/policies/terms/999")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlySystemAdministratorsPublish() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", "x",
				Authorities.CENTER_STAFF, Authorities.centerScope(1)));
		int before = jdbc.queryForObject("select count(*) from content_policy_version", Integer.class);
		assertThatThrownBy(() -> policies.publish(PolicyKind.PRIVACY, Seoul.today(clock).plusYears(5), "<p>몰래 고침</p>"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(jdbc.queryForObject("select count(*) from content_policy_version", Integer.class)).isEqualTo(before);
	}
}
