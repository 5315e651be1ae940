package org.ieum.notifications.sending;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * NHN Cloud Notification: SMS API v3.0 ({@code /sms/v3.0/appKeys/{appKey}/sender/sms}, {@code /mms}
 * for an LMS) and KakaoTalk Bizmessage 알림톡 API v2.3 ({@code /alimtalk/v2.3/appkeys/{appkey}/messages}),
 * both authenticated by the {@code X-Secret-Key} header. Every request carries the delivery's key as
 * the sender and recipient grouping keys, so a message can be found in the console; 알림톡 also sends
 * it as {@code X-NC-API-IDEMPOTENCY-KEY}, with which NHN Cloud refuses a second request within ten
 * minutes. 알림톡 goes without NHN Cloud's own SMS fallback: the sender decides about the fallback.
 */
final class NhnCloudProvider implements TextProvider {

	static final String SMS_URL = "https://api-sms.cloud.toast.com";
	static final String KAKAO_URL = "https://api-alimtalk.cloud.toast.com";

	private final ProviderHttp http;

	NhnCloudProvider(ProviderHttp http) {
		this.http = http;
	}

	@Override
	public ProviderResult sendText(ProviderAccount account, TextMessage message) {
		ObjectNode body = ProviderHttp.JSON.createObjectNode();
		boolean lms = message.isLong();
		if (lms) {
			body.put("title", message.subject());
		}
		body.put("body", message.text());
		body.put("sendNo", account.senderNumber());
		body.put("senderGroupingKey", message.key());
		ObjectNode recipient = body.putArray("recipientList").addObject();
		recipient.put("recipientNo", message.to());
		recipient.put("recipientGroupingKey", message.key());
		String url = account.text().baseUrl() + "/sms/v3.0/appKeys/" + account.text().key() + "/sender/"
				+ (lms ? "mms" : "sms");
		return http.post(url, Map.of("X-Secret-Key", account.text().secret()), body,
				answer -> read(answer, answer.json().path("body").path("data"), "requestId", "sendResultList"));
	}

	@Override
	public ProviderResult sendAlimtalk(ProviderAccount account, AlimtalkMessage message) {
		ObjectNode body = ProviderHttp.JSON.createObjectNode();
		body.put("senderKey", account.kakaoSender());
		body.put("templateCode", message.templateCode());
		body.put("senderGroupingKey", message.key());
		ObjectNode recipient = body.putArray("recipientList").addObject();
		recipient.put("recipientNo", message.to());
		ObjectNode parameters = recipient.putObject("templateParameter");
		message.variables().forEach(parameters::put);
		recipient.putObject("resendParameter").put("isResend", false);
		recipient.put("recipientGroupingKey", message.key());
		String url = account.kakao().baseUrl() + "/alimtalk/v2.3/appkeys/" + account.kakao().key() + "/messages";
		return http.post(url,
				Map.of("X-Secret-Key", account.kakao().secret(), "X-NC-API-IDEMPOTENCY-KEY", message.key()), body,
				answer -> read(answer, answer.json().path("message"), "requestId", "sendResults"));
	}

	/**
	 * Our messages have one recipient each, so the recipient sequence is 1. A text: SMS API v3.0 single
	 * search {@code GET /sms/v3.0/appKeys/{appKey}/sender/sms|mms/{requestId}?recipientSeq=1}, whose
	 * {@code msgStatus} is 0 failed, 1 requested, 2 processing, 3 done, 4 reservation cancelled, 5 duplicate
	 * failure, with the handset's {@code resultCode} (1000 received) and {@code resultDate}. A 알림톡: v2.3
	 * single message {@code GET /alimtalk/v2.3/appkeys/{appkey}/messages/{requestId}/1}, whose
	 * {@code messageStatus} is COMPLETED, FAILED or CANCEL, with {@code resultCode} and {@code receiveDate}.
	 */
	@Override
	public DeliveryReport lookUp(ProviderAccount account, SentMessage message) {
		String id = URLEncoder.encode(message.messageId(), StandardCharsets.UTF_8);
		if (message.isAlimtalk()) {
			String url = account.kakao().baseUrl() + "/alimtalk/v2.3/appkeys/" + account.kakao().key() + "/messages/" + id
					+ "/1";
			return http.get(url, Map.of("X-Secret-Key", account.kakao().secret()), NhnCloudProvider::readAlimtalkReport,
					DeliveryReport::unreadable);
		}
		String url = account.text().baseUrl() + "/sms/v3.0/appKeys/" + account.text().key() + "/sender/"
				+ (message.isLong() ? "mms" : "sms") + "/" + id + "?recipientSeq=1";
		return http.get(url, Map.of("X-Secret-Key", account.text().secret()), NhnCloudProvider::readTextReport,
				DeliveryReport::unreadable);
	}

	private static DeliveryReport readTextReport(ProviderHttp.Answer answer) {
		JsonNode header = answer.json().path("header");
		if (!header.path("isSuccessful").asBoolean(false)) {
			return DeliveryReport.unreadable(header.has("resultCode") ? header.path("resultCode").asString()
					: "HTTP " + answer.status());
		}
		JsonNode data = answer.json().path("body").path("data");
		String code = blankToNull(data.path("resultCode").asString(""));
		Instant at = DeliveryReport.seoulTime(data.path("resultDate").asString(null));
		return switch (data.path("msgStatus").asString("")) {
			case "1", "2" -> DeliveryReport.pending();
			case "3" -> code == null || "1000".equals(code) ? DeliveryReport.delivered(code, at)
					: DeliveryReport.failed(code, at);
			case "0", "4", "5" -> DeliveryReport.failed(code != null ? code : "MSG_STATUS_" + data.path("msgStatus").asString(), at);
			default -> DeliveryReport.unreadable("NO_RESULT");
		};
	}

	private static DeliveryReport readAlimtalkReport(ProviderHttp.Answer answer) {
		JsonNode header = answer.json().path("header");
		if (!header.path("isSuccessful").asBoolean(false)) {
			return DeliveryReport.unreadable(header.has("resultCode") ? header.path("resultCode").asString()
					: "HTTP " + answer.status());
		}
		JsonNode message = answer.json().path("message");
		if (message.isMissingNode() || message.isNull()) {
			return DeliveryReport.unreadable("NO_RESULT");
		}
		String code = blankToNull(message.path("resultCode").asString(""));
		Instant at = DeliveryReport.seoulTime(message.path("receiveDate").asString(null));
		return switch (message.path("messageStatus").asString("")) {
			case "COMPLETED" -> DeliveryReport.delivered(code, at);
			case "FAILED" -> DeliveryReport.failed(code != null ? code : "FAILED", at);
			case "CANCEL" -> DeliveryReport.failed("CANCEL", at);
			default -> DeliveryReport.pending();
		};
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/**
	 * NHN Cloud answers {@code header.isSuccessful} and {@code header.resultCode} for the request and
	 * a result code per recipient (0 when taken).
	 */
	private static ProviderResult read(ProviderHttp.Answer answer, JsonNode data, String idField, String results) {
		JsonNode header = answer.json().path("header");
		if (!header.path("isSuccessful").asBoolean(false)) {
			return ProviderResult.refused(header.has("resultCode") ? header.path("resultCode").asString()
					: "HTTP " + answer.status());
		}
		JsonNode first = data.path(results).path(0);
		if (first.isMissingNode()) {
			return ProviderResult.unknown("NO_RESULT");
		}
		if (first.path("resultCode").asInt(-1) != 0) {
			return ProviderResult.refused(first.path("resultCode").asString());
		}
		return ProviderResult.accepted(data.path(idField).asString());
	}
}
