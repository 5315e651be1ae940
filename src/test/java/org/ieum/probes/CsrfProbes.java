package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Set;
import java.util.stream.Stream;

import org.ieum.probes.ProtectedEndpoints.Access;
import org.ieum.probes.ProtectedEndpoints.Endpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every browser form POST needs the CSRF token, even from the person allowed to send it (so only the
 * missing token can be the reason for the refusal), and every write of the JSON API needs a bearer
 * token: a browser's session cookie alone does nothing there.
 */
class CsrfProbes extends ProbeSupport {

	/**
	 * Forms that take no CSRF token by design. A newsletter's one-click unsubscribe (RFC 8058) is
	 * posted by the reader's mail program, which has no session and no token; the secret token in
	 * the address is what authorizes it, and it can only end that one subscription.
	 */
	static final Set<String> WITHOUT_TOKEN_BY_DESIGN = Set.of("/newsletter/unsubscribe/{token}");

	static Stream<Endpoint> browserPosts() {
		return ProtectedEndpoints.all().filter(Endpoint::browserPost)
			.filter(e -> !WITHOUT_TOKEN_BY_DESIGN.contains(e.pattern()));
	}

	@Test
	void theOnlyFormWithoutATokenIsTheOneClickUnsubscribeAndItNeedsItsSecret() throws Exception {
		assertThat(ProtectedEndpoints.all().filter(Endpoint::browserPost).map(Endpoint::pattern)
			.filter(WITHOUT_TOKEN_BY_DESIGN::contains)).containsExactly("/newsletter/unsubscribe/{token}");
		MvcResult guessed = mvc.perform(post("/newsletter/unsubscribe/{token}", "not-a-real-token")).andReturn();
		assertThat(guessed.getResponse().getStatus()).as(describe(guessed)).isEqualTo(404);
	}

	static Stream<Endpoint> apiWrites() {
		// a public write (a buyer's inquiry) acts as nobody: no session or token makes it act as someone
		return ProtectedEndpoints.all()
			.filter(e -> e.access().api() && e.access() != Access.API_PUBLIC && e.method().name().equals("POST"));
	}

	/** The account that may send this form (a visitor for public forms). */
	private String allowed(Endpoint endpoint) {
		return switch (endpoint.access()) {
			case PUBLIC -> null;
			case SIGNED_IN -> Probe.CITIZEN;
			case OWNER -> endpoint.sample().owner;
			case STAFF, STAFF_OF -> Probe.STAFF_GIMHAE;
			case ADMIN -> Probe.ADMIN;
			default -> throw new IllegalArgumentException(endpoint.toString());
		};
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("browserPosts")
	void aFormPostWithoutTheTokenIsRefusedEvenFromThoseAllowed(Endpoint endpoint) throws Exception {
		String who = allowed(endpoint);
		var request = request(endpoint, false);
		if (who != null) {
			request.session(as(who));
		}
		MvcResult missing = mvc.perform(request).andReturn();
		assertThat(missing.getResponse().getStatus()).as(endpoint + " without a token as " + who + ": " + describe(missing))
			.isEqualTo(403);

		var forged = request(endpoint, false).with(csrf().useInvalidToken());
		if (who != null) {
			forged.session(as(who));
		}
		MvcResult wrong = mvc.perform(forged).andReturn();
		assertThat(wrong.getResponse().getStatus()).as(endpoint + " with a wrong token as " + who + ": " + describe(wrong))
			.isEqualTo(403);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("apiWrites")
	void anApiWriteWithTheSessionCookieOnlyIsRefused(Endpoint endpoint) throws Exception {
		String owner = endpoint.access() == Access.API_OWNER ? endpoint.sample().owner : Probe.CITIZEN;
		MvcResult result = mvc.perform(request(endpoint, false).session(as(owner)).with(csrf())
			.contentType("application/json").content("{}")).andReturn();
		assertThat(result.getResponse().getStatus()).as(endpoint + " with " + owner + "'s signed-in session: " + describe(result))
			.isEqualTo(401);
	}

	@Test
	void forgedFormsChangeNothing() throws Exception {
		String citizen = samples().account(Probe.CITIZEN);
		String name = jdbc.queryForObject("select display_name from identity_account where id = " + citizen, String.class);
		long tokens = jdbc.queryForObject("select count(*) from identity_api_token where account_id = " + citizen, Long.class);
		var session = as(Probe.CITIZEN);

		mvc.perform(post("/my/profile").param("displayName", "위조된 이름").param("phone", "").session(session));
		mvc.perform(post("/my/tokens").param("name", "위조").param("days", "7").session(session));
		mvc.perform(post("/my/delete").param("confirm", "true").param("password", Probe.PASSWORD).session(session));
		var organization = samples().values(ProtectedEndpoints.Sample.MEMBER_ORGANIZATION).get("id");
		String orgName = jdbc.queryForObject("select name from enterprises_organization where id = " + organization, String.class);
		mvc.perform(post("/my/organizations/" + organization).param("name", "위조된 조직").session(as(Probe.MEMBER)));

		assertThat(jdbc.queryForObject("select display_name from identity_account where id = " + citizen, String.class))
			.isEqualTo(name);
		assertThat(jdbc.queryForObject("select count(*) from identity_api_token where account_id = " + citizen, Long.class))
			.isEqualTo(tokens);
		assertThat(jdbc.queryForObject("select status from identity_account where id = " + citizen, String.class))
			.isEqualTo("ACTIVE");
		assertThat(jdbc.queryForObject("select name from enterprises_organization where id = " + organization, String.class))
			.isEqualTo(orgName);
	}

	@Test
	void anApiCancellationWithTheSessionCookieOnlyLeavesTheEnrollment() throws Exception {
		var enrollment = samples().values(ProtectedEndpoints.Sample.CITIZEN_ENROLLMENT).get("id");
		String status = jdbc.queryForObject("select status from education_enrollment where id = " + enrollment, String.class);
		mvc.perform(post("/api/v1/courses/enrollments/" + enrollment + "/cancel").session(as(Probe.CITIZEN)).with(csrf()));
		assertThat(jdbc.queryForObject("select status from education_enrollment where id = " + enrollment, String.class))
			.isEqualTo(status);
	}
}
