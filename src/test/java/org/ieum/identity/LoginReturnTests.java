package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/** Logging in brings a person back to the page that asked for it, and never to another site. */
@IeumSpringTest
class LoginReturnTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String loginLinkOn(String page, String label) throws Exception {
		String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
		Matcher link = Pattern.compile("<a href=\"(/login\\?next=[^\"]+)\"[^>]*>" + label).matcher(html);
		assertThat(link.find()).as("login link on " + page).isTrue();
		return HtmlUtils.htmlUnescape(link.group(1));
	}

	private String nextOf(String loginLink) {
		return URLDecoder.decode(loginLink.substring("/login?next=".length()), StandardCharsets.UTF_8);
	}

	@Test
	void loggingInFromACentersSpaceReturnsToThatSpaceInItsPortal() throws Exception {
		long space = jdbc.queryForObject("select min(s.id) from spaces_space s join centers_center c on c.id = s.center_id where c.slug = 'gimhae'",
				Long.class);
		String page = "/c/gimhae/spaces/" + space;
		String link = loginLinkOn(page, "로그인");
		assertThat(nextOf(link)).isEqualTo(page);
		String loginPage = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
		assertThat(loginPage).contains("name=\"next\" value=\"" + page + "\"");

		mvc.perform(post("/login").with(csrf()).param("email", "citizen@ieum.example").param("password", "ieum2026!")
				.param("next", page))
			.andExpect(redirectedUrl(page));
	}

	@Test
	void aWrongPasswordKeepsThePageToReturnTo() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("email", "citizen@ieum.example").param("password", "wrong-one")
				.param("next", "/c/gimhae/education"))
			.andExpect(redirectedUrl("/login?error&next=/c/gimhae/education"));
	}

	@Test
	void staffLandOnTheirAdminHomeAndCitizensOnMyPage() throws Exception {
		mvc.perform(post("/login").with(csrf()).param("email", "staff.gimhae@ieum.example").param("password", "ieum2026!"))
			.andExpect(redirectedUrl("/admin"));
		mvc.perform(post("/login").with(csrf()).param("email", "citizen@ieum.example").param("password", "ieum2026!"))
			.andExpect(redirectedUrl("/my"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)" })
	void aReturnAddressOffTheSiteIsIgnored(String next) throws Exception {
		mvc.perform(post("/login").with(csrf()).param("email", "citizen@ieum.example").param("password", "ieum2026!")
				.param("next", next))
			.andExpect(redirectedUrl("/my"));
	}

	@Test
	void myPageStaysInTheCentersPortal() throws Exception {
		var session = mvc.perform(post("/login").with(csrf()).param("email", "citizen@ieum.example").param("password", "ieum2026!"))
			.andReturn().getRequest().getSession();
		String html = mvc.perform(get("/c/gimhae/my").session((MockHttpSession) session))
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("href=\"/c/gimhae/my\"").contains("김해");
	}
}
