package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The two providers' adapters against a local server that checks each request exactly (method,
 * path, headers, authentication, body) and answers in the provider's success and error formats.
 */
class TextProvidersTests {

	private static final Instant NOW = Instant.parse("2026-12-07T01:02:03.456Z");

	private MockWebServer server;
	private ProviderAccount nhn;
	private ProviderAccount solapi;
	private final ProviderHttp http = new ProviderHttp(Duration.ofMillis(500), Duration.ofMillis(700));

	@BeforeEach
	void start() throws IOException {
		server = new MockWebServer();
		server.start();
		String base = server.url("/").toString();
		nhn = new ProviderAccount(new ProviderAccount.Endpoint(base, "smsAppKey", "smsSecret"),
				new ProviderAccount.Endpoint(base, "kakaoAppKey", "kakaoSecret"), "0212345678", "senderKey40");
		solapi = new ProviderAccount(new ProviderAccount.Endpoint(base, "NCSAPIKEY", "apiSecret"),
				new ProviderAccount.Endpoint(base, "NCSAPIKEY", "apiSecret"), "0212345678", "KA01PF");
	}

	@AfterEach
	void stop() {
		server.close();
	}

	private void answer(int code, String json) {
		server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(json).build());
	}

	private RecordedRequest taken() throws InterruptedException {
		return server.takeRequest(1, TimeUnit.SECONDS);
	}

	private static JsonNode json(String text) {
		return ProviderHttp.JSON.readTree(text);
	}

	private static final String NHN_SMS_OK = """
			{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"},
			 "body":{"data":{"requestId":"20261207010203abcDEF0","statusCode":"2","senderGroupingKey":"7:SMS",
			  "sendResultList":[{"recipientNo":"01012345678","resultCode":0,"resultMessage":"SUCCESS",
			   "recipientSeq":1,"recipientGroupingKey":"7:SMS"}]}}}""";

	@Test
	void nhnShortTextGoesAsSmsWithTheSecretHeader() throws Exception {
		answer(200, NHN_SMS_OK);
		ProviderResult result = new NhnCloudProvider(http).sendText(nhn,
				new TextProvider.TextMessage("7:SMS", "01012345678", "[이음] 예약 승인", "회의실 예약이 승인되었습니다."));

		assertThat(result).isEqualTo(ProviderResult.accepted("20261207010203abcDEF0"));
		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/sms/v3.0/appKeys/smsAppKey/sender/sms");
		assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo("smsSecret");
		assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
		assertThat(json(request.getBody().utf8())).isEqualTo(json("""
				{"body":"회의실 예약이 승인되었습니다.","sendNo":"0212345678","senderGroupingKey":"7:SMS",
				 "recipientList":[{"recipientNo":"01012345678","recipientGroupingKey":"7:SMS"}]}"""));
	}

	@Test
	void nhnLongTextGoesAsLmsWithItsTitle() throws Exception {
		answer(200, NHN_SMS_OK);
		String text = "가".repeat(46); // 92 bytes in EUC-KR: more than an SMS holds
		new NhnCloudProvider(http).sendText(nhn, new TextProvider.TextMessage("7:SMS", "01012345678", "제목", text));

		RecordedRequest request = taken();
		assertThat(request.getTarget()).isEqualTo("/sms/v3.0/appKeys/smsAppKey/sender/mms");
		assertThat(json(request.getBody().utf8()).path("title").asString()).isEqualTo("제목");
	}

	@Test
	void nhnRefusalsCarryTheProviderCode() {
		answer(200, """
				{"header":{"isSuccessful":false,"resultCode":-1000,"resultMessage":"Invalid appKey"}}""");
		assertThat(new NhnCloudProvider(http).sendText(nhn, new TextProvider.TextMessage("7:SMS", "01012345678", "s", "t")))
			.isEqualTo(ProviderResult.refused("-1000"));

		answer(200, """
				{"header":{"isSuccessful":true,"resultCode":0,"resultMessage":"SUCCESS"},
				 "body":{"data":{"requestId":"r1","statusCode":"2","sendResultList":[{"recipientNo":"0101","resultCode":-2019,
				  "resultMessage":"Invalid recipient","recipientSeq":0}]}}}""");
		assertThat(new NhnCloudProvider(http).sendText(nhn, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.refused("-2019"));
	}

	@Test
	void nhnAlimtalkCarriesTemplateParametersAndTheIdempotencyKey() throws Exception {
		answer(200, """
				{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
				 "message":{"requestId":"20261207-alim-1","senderGroupingKey":"7:KAKAO",
				  "sendResults":[{"recipientSeq":1,"recipientNo":"01012345678","resultCode":0,"resultMessage":"SUCCESS",
				   "recipientGroupingKey":"7:KAKAO"}]}}""");
		Map<String, String> variables = new LinkedHashMap<>();
		variables.put("name", "김이음");
		variables.put("room", "회의실 A");
		ProviderResult result = new NhnCloudProvider(http).sendAlimtalk(nhn,
				new TextProvider.AlimtalkMessage("7:KAKAO", "01012345678", "RESERVATION_APPROVED", variables));

		assertThat(result).isEqualTo(ProviderResult.accepted("20261207-alim-1"));
		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/alimtalk/v2.3/appkeys/kakaoAppKey/messages");
		assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo("kakaoSecret");
		assertThat(request.getHeaders().get("X-NC-API-IDEMPOTENCY-KEY")).isEqualTo("7:KAKAO");
		assertThat(json(request.getBody().utf8())).isEqualTo(json("""
				{"senderKey":"senderKey40","templateCode":"RESERVATION_APPROVED","senderGroupingKey":"7:KAKAO",
				 "recipientList":[{"recipientNo":"01012345678","templateParameter":{"name":"김이음","room":"회의실 A"},
				  "resendParameter":{"isResend":false},"recipientGroupingKey":"7:KAKAO"}]}"""));
	}

	@Test
	void nhnAlimtalkToSomeoneWithoutKakaoTalkIsRefusedWithItsCode() {
		answer(200, """
				{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
				 "message":{"requestId":"r2","sendResults":[{"recipientSeq":1,"recipientNo":"01012345678","resultCode":-3026,
				  "resultMessage":"not a kakaotalk user"}]}}""");
		assertThat(new NhnCloudProvider(http).sendAlimtalk(nhn,
				new TextProvider.AlimtalkMessage("7:KAKAO", "01012345678", "T1", Map.of())))
			.isEqualTo(ProviderResult.refused("-3026"));
	}

	private static final Pattern AUTH = Pattern
		.compile("HMAC-SHA256 apiKey=(\\S+), date=(\\S+), salt=([0-9a-f]{32}), signature=([0-9a-f]{64})");

	private static final String SOLAPI_OK = """
			{"failedMessageList":[],
			 "groupInfo":{"groupId":"G4V20261207","status":"SENDING","count":{"total":1,"registeredSuccess":1}},
			 "messageList":[{"messageId":"M4V20261207ABC","statusCode":"2000","statusMessage":"정상 접수(이통사로 접수 예정) ",
			  "to":"01012345678","from":"0212345678","type":"SMS","country":"82"}]}""";

	private SolapiProvider solapiProvider() {
		return new SolapiProvider(http, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static void assertSigned(RecordedRequest request) {
		Matcher auth = AUTH.matcher(request.getHeaders().get("Authorization"));
		assertThat(auth.matches()).as(request.getHeaders().get("Authorization")).isTrue();
		assertThat(auth.group(1)).isEqualTo("NCSAPIKEY");
		assertThat(auth.group(2)).isEqualTo("2026-12-07T01:02:03Z");
		assertThat(auth.group(4)).isEqualTo(SolapiProvider.sign(auth.group(2) + auth.group(3), "apiSecret"));
	}

	@Test
	void solapiSignsTheRequestAndSendsAnSms() throws Exception {
		answer(200, SOLAPI_OK);
		ProviderResult result = solapiProvider().sendText(solapi,
				new TextProvider.TextMessage("7:SMS", "01012345678", "[이음] 예약 승인", "회의실 예약이 승인되었습니다."));

		assertThat(result).isEqualTo(ProviderResult.accepted("M4V20261207ABC"));
		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("POST");
		assertThat(request.getTarget()).isEqualTo("/messages/v4/send-many/detail");
		assertSigned(request);
		assertThat(json(request.getBody().utf8())).isEqualTo(json("""
				{"messages":[{"to":"01012345678","from":"0212345678","text":"회의실 예약이 승인되었습니다.","type":"SMS",
				 "customFields":{"ieumKey":"7:SMS"}}]}"""));
	}

	@Test
	void solapiSignatureIsTheHexHmacOfDateAndSalt() {
		// HMAC-SHA256 with the secret as key over date + salt, computed with another tool
		assertThat(SolapiProvider.sign("2026-12-07T01:02:03Zabc", "apiSecret"))
			.isEqualTo("2d9a15c518a72e6e21fe93d398c7d3aad6e36f558b7c9280f97cea90acaf1dae");
	}

	@Test
	void solapiAlimtalkGoesAsAtaWithKakaoOptions() throws Exception {
		answer(200, SOLAPI_OK.replace("\"SMS\"", "\"ATA\""));
		ProviderResult result = solapiProvider().sendAlimtalk(solapi,
				new TextProvider.AlimtalkMessage("7:KAKAO", "01012345678", "KA01TP123", Map.of("name", "김이음")));

		assertThat(result.outcome()).isEqualTo(ProviderResult.Outcome.ACCEPTED);
		RecordedRequest request = taken();
		assertThat(request.getTarget()).isEqualTo("/messages/v4/send-many/detail");
		assertSigned(request);
		assertThat(json(request.getBody().utf8())).isEqualTo(json("""
				{"messages":[{"to":"01012345678","from":"0212345678","type":"ATA",
				 "kakaoOptions":{"pfId":"KA01PF","templateId":"KA01TP123","variables":{"#{name}":"김이음"},"disableSms":true},
				 "customFields":{"ieumKey":"7:KAKAO"}}]}"""));
	}

	@Test
	void solapiRefusalsCarryItsCodes() {
		answer(400, """
				{"errorCode":"ValidationError","errorMessage":"\\"to\\" 수신번호가 올바르지 않습니다."}""");
		assertThat(solapiProvider().sendText(solapi, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.refused("ValidationError"));

		answer(200, """
				{"failedMessageList":[{"to":"01012345678","from":"0212345678","type":"ATA","statusMessage":"카카오톡 미사용자",
				  "country":"82","messageId":"M4V1","statusCode":"3019","accountId":"A1"}],
				 "groupInfo":{"groupId":"G4V1","status":"FAILED"},"messageList":[]}""");
		assertThat(solapiProvider().sendAlimtalk(solapi,
				new TextProvider.AlimtalkMessage("7:KAKAO", "01012345678", "KA01TP123", Map.of())))
			.isEqualTo(ProviderResult.refused("3019"));
	}

	@Test
	void busyProvidersAreRetriedAndSilentOnesAreUnknown() {
		answer(503, "{}");
		assertThat(new NhnCloudProvider(http).sendText(nhn, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.retry("HTTP 503"));

		answer(429, "{\"errorCode\":\"TooManyRequests\"}");
		assertThat(solapiProvider().sendText(solapi, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.retry("HTTP 429"));

		// the request left, the answer never came: it may have been sent
		server.enqueue(new MockResponse.Builder().code(200).body(NHN_SMS_OK).headersDelay(3, TimeUnit.SECONDS).build());
		assertThat(new NhnCloudProvider(http).sendText(nhn, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.unknown("TIMEOUT"));
	}

	@Test
	void anUnreachableProviderIsRetried() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		ProviderAccount.Endpoint nowhere = new ProviderAccount.Endpoint("http://127.0.0.1:" + closedPort, "k", "s");
		ProviderAccount account = new ProviderAccount(nowhere, nowhere, "0212345678", "p");
		assertThat(new NhnCloudProvider(http).sendText(account, new TextProvider.TextMessage("7:SMS", "0101", "s", "t")))
			.isEqualTo(ProviderResult.retry("CONNECT"));
	}
}
