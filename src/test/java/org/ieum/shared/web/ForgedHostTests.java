package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** A client that is not a trusted proxy names another host: no address the application writes carries it. */
@IeumSpringTest
class ForgedHostTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	/** The response head of a raw HTTP/1.1 request, sent as a client that is not a proxy would. */
	private List<String> rawHead(String method, String path, String host, String body, String cookie) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(20_000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nAccept: text/html\r\nConnection: close\r\n");
			if (cookie != null) {
				request.append("Cookie: ").append(cookie).append("\r\n");
			}
			byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
			if (body != null) {
				request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ").append(bytes.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(bytes);
			out.flush();
			BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> head = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.add(line);
			}
			return head;
		}
	}

	private static String header(List<String> head, String name) {
		return head.stream().filter(l -> l.toLowerCase().startsWith(name.toLowerCase() + ":"))
			.map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse(null);
	}

	@Test
	void aForgedHostNeverReachesARedirectOverTheWire() throws Exception {
		List<String> protectedPage = rawHead("GET", "/my", "evil.example", null, null);
		assertThat(protectedPage.get(0)).contains("302");
		assertThat(header(protectedPage, "Location")).doesNotContain("evil.example").endsWith("/login");

		List<String> admin = rawHead("GET", "/admin/members", "evil.example:8443", null, null);
		assertThat(header(admin, "Location")).doesNotContain("evil.example");

		// log in with the forged host and follow where the saved page sends us
		List<String> loginPage = rawHead("GET", "/login", "evil.example", null, null);
		assertThat(loginPage.get(0)).contains("200");
	}

	@Test
	void redirectsAfterLoginLogoutAndFormsNeverCarryAForgedHost() throws Exception {
		MvcResult sentAway = mvc.perform(get("/my/reservations").header("Host", "evil.example")).andReturn();
		assertThat(sentAway.getResponse().getRedirectedUrl()).doesNotContain("evil.example");
		MockHttpSession session = (MockHttpSession) sentAway.getRequest().getSession();

		MvcResult login = mvc.perform(post("/login").with(csrf()).header("Host", "evil.example").session(session)
				.param("email", "citizen@ieum.example").param("password", "ieum2026!"))
			.andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/my/reservations");
		session = (MockHttpSession) login.getRequest().getSession();

		MvcResult form = mvc.perform(post("/my/profile").with(csrf()).header("Host", "evil.example").session(session)
				.param("displayName", "김해 시민").param("phone", ""))
			.andReturn();
		assertThat(form.getResponse().getRedirectedUrl()).doesNotContain("evil.example").startsWith("/my");

		MvcResult logout = mvc.perform(post("/logout").with(csrf()).header("Host", "evil.example").session(session))
			.andReturn();
		assertThat(logout.getResponse().getRedirectedUrl()).doesNotContain("evil.example");
	}

	@Test
	void aForgedHostIsReadAsTheConfiguredAddress() {
		TrustedHosts hosts = new TrustedHosts("https://ieum.example.or.kr", List.of("www.ieum.example.or.kr", " "));
		assertThat(hosts.allows("IEUM.example.or.kr")).isTrue();
		assertThat(hosts.allows("www.ieum.example.or.kr")).isTrue();
		assertThat(hosts.allows("evil.example")).isFalse();
		assertThat(hosts.allows(null)).isFalse();
	}
}
