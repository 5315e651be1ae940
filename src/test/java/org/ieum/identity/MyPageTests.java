package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ieum.identity.demo.IdentityDemoData;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** My page: a summary home fed by the other modules, tabs by role, the developer and deletion sections apart. */
@IeumSpringTest
class MyPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MockHttpSession login(String email, String password) throws Exception {
		return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("email", email).param("password", password))
			.andReturn().getRequest().getSession();
	}

	private String page(String path, MockHttpSession session) throws Exception {
		return mvc.perform(get(path).session(session)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void theHomeSummarizesWhatIsComingUpFromOtherModules() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", "summary@example.kr").param("password", "Sample-pass1")
				.param("passwordConfirm", "Sample-pass1").param("displayName", "요약 회원").param("birthDate", "1990-01-01")
				.param("agreeTerms", "true").param("agreePrivacy", "true"));
		long account = jdbc.queryForObject("select id from identity_account where email = 'summary@example.kr'", Long.class);
		MockHttpSession session = login("summary@example.kr", "Sample-pass1");
		assertThat(page("/my", session)).contains("다가오는 일정이 없습니다");

		long space = jdbc.queryForObject("select min(id) from spaces_space", Long.class);
		String spaceName = jdbc.queryForObject("select name from spaces_space where id = ?", String.class, space);
		Instant start = Instant.now().plus(5 * 365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.HOURS);
		jdbc.update("""
				insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at, ends_at, blocked_until,
				  purpose, headcount, fee_won, status, created_at) values (?, ?, '요약 회원', 'summary@example.kr', ?, ?, ?, '회의', 3, 0, 'CONFIRMED', ?)""",
				space, account, Timestamp.from(start), Timestamp.from(start.plus(1, ChronoUnit.HOURS)),
				Timestamp.from(start.plus(1, ChronoUnit.HOURS)), Timestamp.from(Instant.now()));
		try {
			String home = page("/my", session);
			assertThat(home).contains("공간 예약").contains(spaceName).contains("href=\"/my/reservations\"")
				.doesNotContain("다가오는 일정이 없습니다");
		}
		finally {
			jdbc.update("delete from spaces_reservation where account_id = ?", account);
		}
	}

	@Test
	void tabsFollowTheRoleAndTokensAndDeletionHaveTheirOwnSections() throws Exception {
		MockHttpSession citizen = login("citizen@ieum.example", IdentityDemoData.PASSWORD);
		String home = page("/my", citizen);
		assertThat(home).contains("href=\"/my/account\"").contains("href=\"/my/developer\"").contains("href=\"/my/delete\"")
			.contains("href=\"/my/reservations\"")
			.doesNotContain("href=\"/my/reviews\"").doesNotContain("href=\"/my/assignments\"")
			.doesNotContain("토큰 만들기").doesNotContain("name=\"confirm\"");
		assertThat(page("/my/developer", citizen)).contains("토큰 만들기");
		assertThat(page("/my/delete", citizen)).contains("class=\"danger-zone\"").contains("button button-danger")
			.contains("name=\"confirm\" value=\"true\" required");
		assertThat(page("/my/account", citizen)).contains("id=\"consents\"").contains("id=\"password\"");

		// staff review support-program applications but are not in an expert pool
		MockHttpSession staff = login("staff.gunsan@ieum.example", IdentityDemoData.PASSWORD);
		assertThat(page("/my", staff)).contains("href=\"/my/reviews\"").doesNotContain("href=\"/my/assignments\"");
	}

	@Test
	void deletingWithoutTheConfirmationKeepsTheAccount() throws Exception {
		MockHttpSession citizen = login("citizen@ieum.example", IdentityDemoData.PASSWORD);
		mvc.perform(post("/my/delete").with(csrf()).session(citizen).param("password", IdentityDemoData.PASSWORD));
		assertThat(jdbc.queryForObject("select status from identity_account where email = 'citizen@ieum.example'", String.class))
			.isEqualTo("ACTIVE");
	}
}
