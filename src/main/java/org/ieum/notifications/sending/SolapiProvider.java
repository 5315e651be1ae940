package org.ieum.notifications.sending;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Solapi: {@code POST /messages/v4/send-many/detail} with one message (type SMS, LMS or ATA for
 * 알림톡 with {@code kakaoOptions} pfId, templateId and variables), authenticated by
 * {@code Authorization: HMAC-SHA256 apiKey=..., date=..., salt=..., signature=...} where the
 * signature is the hex HMAC-SHA256 of date and salt with the API secret. Solapi takes no
 * idempotency key: the delivery's key travels in the message's {@code customFields} so the
 * message can be found, and Solapi's own SMS fallback is off ({@code disableSms}).
 */
final class SolapiProvider implements TextProvider {

	static final String URL = "https://api.solapi.com";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ProviderHttp http;
	private final Clock clock;

	SolapiProvider(ProviderHttp http, Clock clock) {
		this.http = http;
		this.clock = clock;
	}

	@Override
	public ProviderResult sendText(ProviderAccount account, TextMessage message) {
		ObjectNode body = ProviderHttp.JSON.createObjectNode();
		ObjectNode one = body.putArray("messages").addObject();
		one.put("to", message.to());
		one.put("from", account.senderNumber());
		one.put("text", message.text());
		if (message.isLong()) {
			one.put("type", "LMS");
			one.put("subject", message.subject());
		}
		else {
			one.put("type", "SMS");
		}
		one.putObject("customFields").put("ieumKey", message.key());
		return send(account.text(), body);
	}

	@Override
	public ProviderResult sendAlimtalk(ProviderAccount account, AlimtalkMessage message) {
		ObjectNode body = ProviderHttp.JSON.createObjectNode();
		ObjectNode one = body.putArray("messages").addObject();
		one.put("to", message.to());
		one.put("from", account.senderNumber());
		one.put("type", "ATA");
		ObjectNode kakao = one.putObject("kakaoOptions");
		kakao.put("pfId", account.kakaoSender());
		kakao.put("templateId", message.templateCode());
		ObjectNode variables = kakao.putObject("variables");
		message.variables().forEach((name, value) -> variables.put("#{" + name + "}", value));
		kakao.put("disableSms", true);
		one.putObject("customFields").put("ieumKey", message.key());
		return send(account.kakao(), body);
	}

	private ProviderResult send(ProviderAccount.Endpoint endpoint, ObjectNode body) {
		return http.post(endpoint.baseUrl() + "/messages/v4/send-many/detail",
				Map.of("Authorization", authorization(endpoint, clock.instant(), salt())), body, SolapiProvider::read);
	}

	/**
	 * The message list {@code GET /messages/v4/list?criteria=messageId&value={id}&cond=eq} answers
	 * {@code messageList} keyed by message id with the message's {@code statusCode}: 2xxx taken, 3xxx
	 * with the carrier, 4000 received; any other code is a failure. The time is {@code dateReceived}
	 * (or {@code dateUpdated}).
	 */
	@Override
	public DeliveryReport lookUp(ProviderAccount account, SentMessage message) {
		ProviderAccount.Endpoint endpoint = message.isAlimtalk() ? account.kakao() : account.text();
		String id = URLEncoder.encode(message.messageId(), StandardCharsets.UTF_8);
		return http.get(endpoint.baseUrl() + "/messages/v4/list?criteria=messageId&value=" + id + "&cond=eq",
				Map.of("Authorization", authorization(endpoint, clock.instant(), salt())),
				answer -> readReport(answer, message.messageId()), DeliveryReport::unreadable);
	}

	private static DeliveryReport readReport(ProviderHttp.Answer answer, String messageId) {
		JsonNode json = answer.json();
		if (answer.status() / 100 != 2) {
			return DeliveryReport.unreadable(json.path("errorCode").asString("HTTP " + answer.status()));
		}
		JsonNode one = json.path("messageList").path(messageId);
		String status = one.path("statusCode").asString("");
		if (one.isMissingNode() || status.isBlank()) {
			return DeliveryReport.unreadable("NO_RESULT");
		}
		Instant at = DeliveryReport.isoTime(one.path("dateReceived").asString(null));
		if (at == null) {
			at = DeliveryReport.isoTime(one.path("dateUpdated").asString(null));
		}
		if ("4000".equals(status)) {
			return DeliveryReport.delivered(status, at);
		}
		if (status.startsWith("2") || "3000".equals(status)) {
			return DeliveryReport.pending();
		}
		return DeliveryReport.failed(status, at);
	}

	/** The Authorization header for this moment and salt. */
	static String authorization(ProviderAccount.Endpoint endpoint, Instant at, String salt) {
		String date = at.truncatedTo(ChronoUnit.SECONDS).toString();
		return "HMAC-SHA256 apiKey=" + endpoint.key() + ", date=" + date + ", salt=" + salt + ", signature="
				+ sign(date + salt, endpoint.secret());
	}

	static String sign(String data, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String salt() {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/**
	 * A refused request answers 4xx with {@code errorCode}; an accepted one lists the message in
	 * {@code messageList} (status 2000 when taken) and a refused message in {@code failedMessageList}.
	 */
	private static ProviderResult read(ProviderHttp.Answer answer) {
		JsonNode json = answer.json();
		if (answer.status() / 100 != 2) {
			return ProviderResult.refused(json.path("errorCode").asString("HTTP " + answer.status()));
		}
		JsonNode failed = json.path("failedMessageList").path(0);
		if (!failed.isMissingNode()) {
			return ProviderResult.refused(failed.path("statusCode").asString());
		}
		JsonNode sent = json.path("messageList").path(0);
		if (sent.isMissingNode()) {
			return ProviderResult.unknown("NO_RESULT");
		}
		String status = sent.path("statusCode").asString();
		return "2000".equals(status) ? ProviderResult.accepted(sent.path("messageId").asString())
				: ProviderResult.refused(status);
	}
}
