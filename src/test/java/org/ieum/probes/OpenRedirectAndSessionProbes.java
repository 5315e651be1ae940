package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpSession;

/**
 * After login (and logout) Ieum only ever sends people to its own pages, whatever address an attacker
 * puts in the link; and signing in gives a new session id, so an id planted before login is worth
 * nothing afterwards.
 */
class OpenRedirectAndSessionProbes extends ProbeSupport {

	@Value("${local.server.port}")
	int port;

	static Stream<String> targets() {
		return Stream.of("https://evil.example", "//evil.example", "/\\evil.example", "\\\\evil.example",
				"https:evil.example", "%2F%2Fevil.example", "https%3A%2F%2Fevil.example", "/%2F%2Fevil.example",
				"/%5Cevil.example", "http://localhost@evil.example", "javascript:alert(1)", " //evil.example",
				"/\t/evil.example", "https://evil.example/my");
	}

	private static void assertStaysHome(String step, String location) {
		assertThat(location).as(step).isNotNull();
		String l = location.toLowerCase(Locale.ROOT).strip();
		assertThat(l).as(step + " sends to " + location).doesNotContain("evil.example").doesNotStartWith("//")
			.doesNotStartWith("/\\").doesNotStartWith("javascript:");
		assertThat(l.startsWith("/") || l.startsWith("http://localhost/") || l.startsWith("http://localhost:"))
			.as(step + " sends to " + location).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void loginNeverSendsOffSite(String target) throws Exception {
		String[] names = { "continue", "redirect", "redirect_uri", "next", "returnUrl", "url", "target",
				"spring-security-redirect" };
		MockHttpSession session = new MockHttpSession();
		var page = get("/login").session(session);
		var login = post("/login").param("email", Probe.MEMBER).param("password", Probe.PASSWORD).session(session).with(csrf());
		for (String name : names) {
			page.queryParam(name, target);
			login.param(name, target).queryParam(name, target);
		}
		mvc.perform(page);
		var result = mvc.perform(login).andReturn();
		assertStaysHome("login with every redirect parameter = " + target, result.getResponse().getRedirectedUrl());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void aSavedPageIsAlwaysOnSite(String target) throws Exception {
		// the page asked for before login is kept; only Ieum's own address can be kept
		MockHttpSession session = new MockHttpSession();
		var asked = mvc.perform(get("/my/reservations").queryParam("continue", target).session(session)).andReturn();
		assertStaysHome("asking for a page", asked.getResponse().getRedirectedUrl());
		var login = mvc.perform(post("/login").param("email", Probe.MEMBER).param("password", Probe.PASSWORD)
			.param("continue", target).session(session).with(csrf())).andReturn();
		assertStaysHome("login after asking", login.getResponse().getRedirectedUrl());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("targets")
	void logoutNeverSendsOffSite(String target) throws Exception {
		MockHttpSession session = Probe.login(mvc, Probe.CITIZEN);
		var logout = mvc.perform(post("/logout").param("continue", target).queryParam("redirect", target).session(session)
			.with(csrf())).andReturn();
		assertStaysHome("logout", logout.getResponse().getRedirectedUrl());
	}

	@Test
	void signingInGivesANewSessionIdAndThePlantedOneStaysAnonymous() throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String planted = cookie(page);
		assertThat(planted).as("a session before login").isNotNull();
		String token = csrfToken(page.body());

		HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + planted)
			.POST(HttpRequest.BodyPublishers.ofString("email=" + enc(Probe.CITIZEN) + "&password=" + enc(Probe.PASSWORD)
					+ "&_csrf=" + enc(token))));
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/my");
		String signedIn = cookie(login);
		assertThat(signedIn).as("a new session id after login").isNotNull().isNotEqualTo(planted);

		HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		HttpResponse<String> withPlanted = send(bare, HttpRequest.newBuilder(URI.create(base + "/my"))
			.header("Cookie", "JSESSIONID=" + planted).GET());
		assertThat(withPlanted.statusCode()).as("the planted id opens no account page").isEqualTo(302);
		assertThat(withPlanted.headers().firstValue("Location").orElse("")).endsWith("/login");
		HttpResponse<String> withNew = send(bare, HttpRequest.newBuilder(URI.create(base + "/my"))
			.header("Cookie", "JSESSIONID=" + signedIn).GET());
		assertThat(withNew.statusCode()).as("the new id is the signed-in session").isEqualTo(200);

		// logging out ends the session for good
		String logoutToken = csrfToken(withNew.body());
		send(bare, HttpRequest.newBuilder(URI.create(base + "/logout")).header("Cookie", "JSESSIONID=" + signedIn)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(logoutToken))));
		HttpResponse<String> after = send(bare, HttpRequest.newBuilder(URI.create(base + "/my"))
			.header("Cookie", "JSESSIONID=" + signedIn).GET());
		assertThat(after.statusCode()).as("the old id after logout").isEqualTo(302);
	}

	@Test
	void aSessionIdInTheAddressIsNotAccepted() throws Exception {
		HttpClient bare = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		HttpResponse<String> page = bare.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.body()).as("no session id written into links").doesNotContain(";jsessionid=");
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response) {
		for (String header : response.headers().allValues("Set-Cookie")) {
			Matcher m = Pattern.compile("JSESSIONID=([^;]+)").matcher(header);
			if (m.find()) {
				return m.group(1);
			}
		}
		return null;
	}

	private static String csrfToken(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (m.find()) {
			return m.group(1);
		}
		m = Pattern.compile("value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(html);
		assertThat(m.find()).as("a CSRF token on the page").isTrue();
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
