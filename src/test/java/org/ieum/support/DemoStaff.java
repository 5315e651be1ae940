package org.ieum.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The demo centers' staff members (staff.&lt;slug&gt;@ieum.example) signed in, and their centers' ids. */
public final class DemoStaff {

	private DemoStaff() {
	}

	public static MockHttpSession session(MockMvc mvc, String slug) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("staff." + slug + "@ieum.example")
				.password("ieum2026!")).andReturn().getRequest().getSession();
	}

	public static long centerId(JdbcTemplate jdbc, String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}
}
