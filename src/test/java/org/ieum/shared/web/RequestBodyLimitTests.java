package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.hamcrest.Matchers;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IeumSpringTest
class RequestBodyLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static String jsonOf(int bytes) {
		return "{\"purpose\":\"" + "가".repeat(bytes / 3) + "\"}";
	}

	@Test
	void anOversizedJsonBodyIsRefusedWith413BeforeItIsRead() throws Exception {
		HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/spaces/1/reservations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonOf(1_500_000))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(big.statusCode()).isEqualTo(413);
		assertThat(big.body()).contains("요청 본문이 너무 큽니다");

		HttpResponse<String> small = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/spaces/1/reservations"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(jsonOf(3_000))).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(small.statusCode()).isNotEqualTo(413);
	}

	@Test
	void anOversizedFormGetsTheKorean413Page() throws Exception {
		HttpResponse<String> big = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("email=a%40b.kr&password=" + "x".repeat(1_500_000))).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(big.statusCode()).isEqualTo(413);
		assertThat(big.body()).contains("lang=\"ko\"").doesNotContain("Apache Tomcat");

		mvc.perform(post("/signup").with(csrf()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("displayName=" + "x".repeat(1_200_000)))
			// MockMvc does not follow a forward: the refusal hands the request to the Korean 413 page
			.andExpect(forwardedUrl(RefusedRequests.PATH));
		mvc.perform(post("/api/v1/spaces/1/reservations").contentType(MediaType.APPLICATION_JSON).content(jsonOf(1_200_000)))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(Matchers.containsString("요청 본문이 너무 큽니다")));
	}
}
