package org.ieum.probes;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

import java.util.HashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The demo accounts the probes act as, and their signed-in sessions (one real form login each). */
final class Probe {

	static final String PASSWORD = "ieum2026!";
	static final String ADMIN = "admin@ieum.example";
	static final String STAFF_BUSAN = "staff.busan@ieum.example";
	static final String STAFF_GIMHAE = "staff.gimhae@ieum.example";
	static final String MEMBER = "member@ieum.example";
	static final String CITIZEN = "citizen@ieum.example";
	static final String EXPERT = "expert@ieum.example";

	private static final Map<String, MockHttpSession> SESSIONS = new HashMap<>();

	private Probe() {
	}

	/** A session signed in through the login form; kept for the whole run (the context is shared too). */
	static synchronized MockHttpSession as(MockMvc mvc, String email) throws Exception {
		MockHttpSession session = SESSIONS.get(email);
		if (session == null || session.isInvalid()) {
			session = login(mvc, email);
			SESSIONS.put(email, session);
		}
		return session;
	}

	static MockHttpSession login(MockMvc mvc, String email) throws Exception {
		var result = mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD)).andReturn();
		// members land on their My page, staff on their admin home; a failed login goes back to /login
		String landing = result.getResponse().getRedirectedUrl();
		if (result.getResponse().getStatus() != 302 || !("/my".equals(landing) || "/admin".equals(landing))) {
			throw new IllegalStateException("login as " + email + " failed: " + result.getResponse().getStatus() + " "
					+ result.getResponse().getRedirectedUrl());
		}
		return (MockHttpSession) result.getRequest().getSession(false);
	}
}
