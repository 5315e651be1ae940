package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.ieum.probes.ProtectedEndpoints.Endpoint;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * What every probe class shares: one cached application context of their own, sessions, tokens
 * and sample ids. The probes get a database of their own, freshly loaded with the demo network:
 * other tests change the demo data (one deletes the demo expert), and the records the probes
 * make would change theirs.
 */
@IeumSpringTest
@TestPropertySource(properties = "spring.datasource.url="
		+ "jdbc:h2:mem:ieum-probes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
abstract class ProbeSupport {

	private static final Map<String, String> TOKENS = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private ProbeSamples samples;

	@BeforeEach
	void makeFixtures() throws Exception {
		ProbeFixtures.ensure(this);
	}

	ProbeSamples samples() {
		if (samples == null) {
			samples = new ProbeSamples(jdbc);
		}
		return samples;
	}

	MockHttpSession as(String email) throws Exception {
		return Probe.as(mvc, email);
	}

	/** A personal API token of the account, made through 마이페이지 → API 토큰 once per run. */
	String tokenOf(String email) throws Exception {
		synchronized (TOKENS) {
			String token = TOKENS.get(email);
			if (token == null) {
				MvcResult made = mvc.perform(post("/my/tokens").param("name", "보안 점검").param("days", "7")
					.session(as(email)).with(csrf())).andReturn();
				token = (String) made.getFlashMap().get("newToken");
				assertThat(token).as("token made for " + email).startsWith("ieum_");
				TOKENS.put(email, token);
			}
			return token;
		}
	}

	/** The request for an endpoint's sample URL (a browser POST carries the CSRF token unless told not to). */
	AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, boolean withCsrf) {
		return request(endpoint, withCsrf, "");
	}

	/** The same request at an address with a prefix: My page inside a center's portal ({@code /c/gimhae/my/...}). */
	AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, boolean withCsrf, String prefix) {
		String url = prefix + samples().url(endpoint);
		Map<String, String> params = samples().params(endpoint);
		AbstractMockHttpServletRequestBuilder<?> builder;
		if (endpoint.method() == HttpMethod.GET) {
			builder = get(url);
		}
		else if ("pdf".equals(params.get("file"))) {
			builder = multipart(url).file(new MockMultipartFile("file", "probe.pdf", "application/pdf", SMALL_PDF));
			params.remove("file");
		}
		else {
			builder = post(url);
		}
		params.forEach(builder::param);
		if (endpoint.browserPost() && withCsrf) {
			builder.with(csrf());
		}
		return builder;
	}

	/** A one-page PDF, as small as a real one gets. */
	static final byte[] SMALL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	/**
	 * A refusal as Ieum gives one: 403 or 404, or for an action a redirect with an {@code error} notice
	 * (the page names the reason and nothing happened).
	 */
	static boolean refused(MvcResult result) {
		int status = result.getResponse().getStatus();
		if (status == 403 || status == 404 || status == 401) {
			return true;
		}
		return status == 302 && result.getFlashMap() != null
				&& result.getFlashMap().keySet().stream().anyMatch(k -> k.equals("error") || k.endsWith("Error"));
	}

	static String describe(MvcResult result) throws Exception {
		var r = result.getResponse();
		String body = r.getContentAsString();
		return r.getStatus() + (r.getRedirectedUrl() == null ? "" : " -> " + r.getRedirectedUrl())
				+ (result.getFlashMap() == null || result.getFlashMap().isEmpty() ? "" : " flash " + result.getFlashMap())
				+ (body.isEmpty() ? "" : " body " + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " "));
	}
}
