package org.ieum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.ieum.identity.tokens.ApiTokens;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An API client that sends a huge JSON body without saying its length is cut off at the limit too. */
@IeumSpringTest
class ChunkedBodyLimitTests {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aChunkedJsonBodyOverTheLimitIsRefusedWith413() throws Exception {
		long citizen = jdbc.queryForObject("select id from identity_account where email = 'citizen@ieum.example'", Long.class);
		String token = tokens.create(citizen, "chunked", 7);
		long space = jdbc.queryForObject("select min(id) from spaces_space", Long.class);
		byte[] body = ("{\"purpose\":\"" + "가".repeat(500_000) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = HttpClient.newHttpClient().send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/spaces/" + space + "/reservations"))
					.header("Content-Type", "application/json")
					.header("Authorization", "Bearer " + token)
					.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
					.build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(jdbc.queryForObject("select count(*) from spaces_reservation where account_id = ? and purpose like '가가가%'",
				Integer.class, citizen)).isZero();
	}
}
