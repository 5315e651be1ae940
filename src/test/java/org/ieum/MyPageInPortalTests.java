package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A person who came from a center's portal stays in it on every tab of My page, on its detail
 * pages and after every form there: the portal's header, menu and footer, and every My page link
 * and redirect under {@code /c/{slug}/my}.
 */
@IeumSpringTest
class MyPageInPortalTests {

	static final String PASSWORD = "ieum2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", PASSWORD))
			.andReturn().getRequest().getSession();
	}

	/** The page opened inside 김해's portal: 200, in the portal's dress, no My page link out of it. */
	private String inGimhae(String path, MockHttpSession session) throws Exception {
		MvcResult result = mvc.perform(get("/c/gimhae" + path).session(session)).andReturn();
		String html = result.getResponse().getContentAsString();
		assertThat(result.getResponse().getStatus()).as("/c/gimhae" + path).isEqualTo(200);
		String gimhae = jdbc.queryForObject("select name from centers_center where slug = 'gimhae'", String.class);
		assertThat(html).as("/c/gimhae" + path + " shows 김해's header, menu and footer")
			.contains("<span class=\"brand-name\">" + gimhae + "</span>")
			.contains("href=\"/c/gimhae/spaces\"")
			.contains("<p class=\"footer-name\">" + gimhae + "</p>");
		assertThat(html).as("/c/gimhae" + path + " keeps its My page links in the portal")
			.contains("href=\"/c/gimhae/my\"")
			.doesNotContain("href=\"/my").doesNotContain("action=\"/my").doesNotContain("formaction=\"/my")
			.doesNotContain("hx-post=\"/my");
		return html;
	}

	@Test
	void everyTabAndDetailPageStaysInTheCentersPortal() throws Exception {
		MockHttpSession citizen = login("citizen@ieum.example");
		for (String tab : List.of("/my", "/my/account", "/my/developer", "/my/delete", "/my/reservations", "/my/education",
				"/my/programs", "/my/incubation", "/my/consulting", "/my/organizations", "/my/library")) {
			inGimhae(tab, citizen);
		}
		// the summary's tabs, built from every module's menu entry
		assertThat(inGimhae("/my", citizen)).contains("href=\"/c/gimhae/my/account\"").contains("href=\"/c/gimhae/my/reservations\"")
			.contains("href=\"/c/gimhae/my/programs\"").contains("href=\"/c/gimhae/my/delete\"")
			.contains("href=\"/c/gimhae/my/library\"");
		long citizenId = jdbc.queryForObject("select id from identity_account where email = 'citizen@ieum.example'", Long.class);
		Long application = jdbc.queryForObject("select min(id) from programs_application where applicant_account_id = ?",
				Long.class, citizenId);
		Long consulting = jdbc.queryForObject("select min(id) from consulting_request where client_account_id = ?", Long.class,
				citizenId);
		assertThat(application).as("the demo citizen's application").isNotNull();
		assertThat(consulting).as("the demo citizen's consulting request").isNotNull();
		assertThat(inGimhae("/my/programs", citizen)).contains("href=\"/c/gimhae/my/programs/" + application + "\"");
		inGimhae("/my/programs/" + application, citizen);
		assertThat(inGimhae("/my/consulting", citizen)).contains("href=\"/c/gimhae/my/consulting/" + consulting + "\"");
		inGimhae("/my/consulting/" + consulting, citizen);

		MockHttpSession member = login("member@ieum.example");
		long memberId = jdbc.queryForObject("select id from identity_account where email = 'member@ieum.example'", Long.class);
		Long organization = jdbc.queryForObject("select min(organization_id) from enterprises_manager where account_id = ?",
				Long.class, memberId);
		assertThat(organization).as("the demo member's organization").isNotNull();
		assertThat(inGimhae("/my/organizations", member)).contains("href=\"/c/gimhae/my/organizations/" + organization + "\"");
		inGimhae("/my/organizations/" + organization, member);

		// staff review applications: their tab too
		MockHttpSession staff = login("staff.gunsan@ieum.example");
		assertThat(inGimhae("/my", staff)).contains("href=\"/c/gimhae/my/reviews\"");
		inGimhae("/my/reviews", staff);
	}

	@Test
	void aFormOnMyPageInThePortalReturnsToThePortal() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", "portal-my@example.kr").param("password", "Sample-pass1")
			.param("passwordConfirm", "Sample-pass1").param("displayName", "포털 회원").param("birthDate", "1990-01-01")
			.param("agreeTerms", "true").param("agreePrivacy", "true"));
		long account = jdbc.queryForObject("select id from identity_account where email = 'portal-my@example.kr'", Long.class);
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
				.param("email", "portal-my@example.kr").param("password", "Sample-pass1"))
			.andReturn().getRequest().getSession();
		long space = jdbc.queryForObject("select min(s.id) from spaces_space s join centers_center c on c.id = s.center_id"
				+ " where c.slug = 'gimhae'", Long.class);
		Instant start = Instant.now().plus(4 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
		jdbc.update("""
				insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at, ends_at, blocked_until,
				  purpose, headcount, fee_won, status, created_at) values (?, ?, '포털 회원', 'portal-my@example.kr', ?, ?, ?, '회의', 3, 0, 'CONFIRMED', ?)""",
				space, account, Timestamp.from(start), Timestamp.from(start.plus(1, ChronoUnit.HOURS)),
				Timestamp.from(start.plus(1, ChronoUnit.HOURS)), Timestamp.from(Instant.now()));
		long reservation = jdbc.queryForObject("select id from spaces_reservation where account_id = ?", Long.class, account);
		try {
			assertThat(inGimhae("/my/reservations", session))
				.contains("action=\"/c/gimhae/my/reservations/" + reservation + "/cancel\"");

			// someone else cannot cancel it through the portal either
			MvcResult other = mvc.perform(post("/c/gimhae/my/reservations/{id}/cancel", reservation).with(csrf())
				.session(login("citizen@ieum.example"))).andReturn();
			assertThat(other.getFlashMap().keySet()).contains("error");
			assertThat(status(reservation)).isEqualTo("CONFIRMED");

			MvcResult cancelled = mvc.perform(post("/c/gimhae/my/reservations/{id}/cancel", reservation).with(csrf())
				.session(session)).andReturn();
			assertThat(cancelled.getResponse().getRedirectedUrl()).isEqualTo("/c/gimhae/my/reservations");
			assertThat(status(reservation)).isEqualTo("CANCELLED");
			String after = mvc.perform(get(cancelled.getResponse().getRedirectedUrl()).session(session)
					.flashAttrs(cancelled.getFlashMap())).andReturn().getResponse().getContentAsString();
			assertThat(after).contains("class=\"flash flash-notice\"").contains("href=\"/c/gimhae/spaces\"");

			MvcResult saved = mvc.perform(post("/c/gimhae/my/profile").with(csrf()).session(session)
				.param("displayName", "포털 회원 고침").param("phone", "")).andReturn();
			assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/c/gimhae/my/account#profile");
			assertThat(jdbc.queryForObject("select display_name from identity_account where id = ?", String.class, account))
				.isEqualTo("포털 회원 고침");

			MvcResult token = mvc.perform(post("/c/gimhae/my/tokens").with(csrf()).session(session).param("name", "포털")
				.param("days", "7")).andReturn();
			assertThat(token.getResponse().getRedirectedUrl()).isEqualTo("/c/gimhae/my/developer#tokens");
		}
		finally {
			jdbc.update("delete from spaces_reservation where account_id = ?", account);
		}
	}

	@Test
	void aPortalMyPageNeedsASignInAndAKnownCenter() throws Exception {
		MvcResult anonymous = mvc.perform(get("/c/gimhae/my/reservations")).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");

		MockHttpSession citizen = login("citizen@ieum.example");
		assertThat(mvc.perform(get("/c/no-such-center/my/account").session(citizen)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		assertThat(mvc.perform(get("/c/Gimhae/my/account").session(citizen)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		String before = jdbc.queryForObject("select display_name from identity_account where email = 'citizen@ieum.example'",
				String.class);
		assertThat(mvc.perform(post("/c/no-such-center/my/profile").with(csrf()).session(citizen)
			.param("displayName", "바뀌면 안 됨").param("phone", "")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.queryForObject("select display_name from identity_account where email = 'citizen@ieum.example'",
				String.class)).isEqualTo(before);
	}

	private String status(long reservation) {
		return jdbc.queryForObject("select status from spaces_reservation where id = ?", String.class, reservation);
	}
}
