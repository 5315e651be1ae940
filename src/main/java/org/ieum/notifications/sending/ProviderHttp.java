package org.ieum.notifications.sending;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts one JSON request to a provider and sorts the answer: a connection that never opened or
 * a 429/5xx is worth a retry, a timeout once the request left is unknown, any other answer is
 * read by the provider's own rules.
 */
final class ProviderHttp {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client;
	private final Duration timeout;

	ProviderHttp(Duration connectTimeout, Duration timeout) {
		this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
		this.timeout = timeout;
	}

	Duration timeout() {
		return timeout;
	}

	ProviderResult post(String url, Map<String, String> headers, JsonNode body, Function<Answer, ProviderResult> read) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(timeout)
			.header("Content-Type", "application/json;charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
		headers.forEach(request::header);
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			return ProviderResult.retry("CONNECT");
		}
		catch (HttpTimeoutException ex) {
			return ProviderResult.unknown("TIMEOUT");
		}
		catch (IOException ex) {
			// the connection broke after the request may have left
			return ProviderResult.unknown("IO");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ProviderResult.unknown("INTERRUPTED");
		}
		int status = response.statusCode();
		if (status == 429 || status >= 500) {
			return ProviderResult.retry("HTTP " + status);
		}
		JsonNode json;
		try {
			json = JSON.readTree(response.body());
		}
		catch (JacksonException ex) {
			return status / 100 == 2 ? ProviderResult.unknown("HTTP " + status) : ProviderResult.refused("HTTP " + status);
		}
		return read.apply(new Answer(status, json));
	}

	/**
	 * Asks a provider about something already sent: any answer that is not the provider's JSON (no
	 * connection, a timeout, 429, 5xx, garbage) is {@code failed} with a code, to be asked again later.
	 */
	<T> T get(String url, Map<String, String> headers, Function<Answer, T> read, Function<String, T> failed) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
			.header("Content-Type", "application/json;charset=UTF-8");
		headers.forEach(request::header);
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (HttpConnectTimeoutException | ConnectException ex) {
			return failed.apply("CONNECT");
		}
		catch (HttpTimeoutException ex) {
			return failed.apply("TIMEOUT");
		}
		catch (IOException ex) {
			return failed.apply("IO");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return failed.apply("INTERRUPTED");
		}
		int status = response.statusCode();
		if (status == 429 || status >= 500) {
			return failed.apply("HTTP " + status);
		}
		try {
			return read.apply(new Answer(status, JSON.readTree(response.body())));
		}
		catch (JacksonException ex) {
			return failed.apply("HTTP " + status);
		}
	}

	/** A provider's HTTP status and JSON answer. */
	record Answer(int status, JsonNode json) {
	}
}
