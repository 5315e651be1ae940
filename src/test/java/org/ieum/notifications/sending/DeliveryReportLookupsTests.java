package org.ieum.notifications.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The providers' result look-ups against a local server that checks each request exactly (method, path
 * and query, authentication) and answers in the provider's documented formats: delivered, failed with
 * the provider's code, still on its way, an error of the look-up itself, and garbage.
 */
class DeliveryReportLookupsTests {

	private static final Instant NOW = Instant.parse("2026-12-07T01:02:03.456Z");

	private static final Pattern AUTH = Pattern
		.compile("HMAC-SHA256 apiKey=(\\S+), date=(\\S+), salt=([0-9a-f]{32}), signature=([0-9a-f]{64})");

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

	private void answer(int code, String body) {
		server.enqueue(new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build());
	}

	private RecordedRequest taken() throws InterruptedException {
		return server.takeRequest(1, TimeUnit.SECONDS);
	}

	private static String nhnText(String msgStatus, String resultCode) {
		return """
				{"header":{"resultCode":0,"resultMessage":"SUCCESS","isSuccessful":true},
				 "body":{"data":{"requestId":"20261207100630ReZQ6KZzAH0","requestDate":"2026-12-07 10:06:30.0",
				  "resultDate":"2026-12-07 10:06:42.0","body":"본문","sendNo":"0212345678","countryCode":"82",
				  "recipientNo":"01012345678","msgStatus":"%s","msgStatusName":"성공","resultCode":"%s",
				  "resultCodeName":"성공","telecomCode":10001,"telecomCodeName":"SKT","recipientSeq":1,"sendType":"0",
				  "messageType":"SMS","messageCount":1,"adYn":"N","resultMessage":"",
				  "senderGroupingKey":"7:SMS","recipientGroupingKey":"7:SMS"}}}""".formatted(msgStatus, resultCode);
	}

	private static String nhnKakao(String messageStatus, String resultCode) {
		return """
				{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},
				 "message":{"requestId":"20261207REQ","recipientSeq":1,"plusFriendId":"@ieum","senderKey":"senderKey40",
				  "templateCode":"TPL_1","recipientNo":"01012345678","content":"예약이 승인되었습니다.",
				  "requestDate":"2026-12-07 10:06:30.0","receiveDate":"2026-12-07 10:06:35.0","createDate":"2026-12-07 10:06:30.0",
				  "resendStatus":"RSC01","resendStatusName":"재발송 미대상","messageStatus":"%s","resultCode":"%s",
				  "resultCodeName":"결과","senderGroupingKey":"7:ALIMTALK","recipientGroupingKey":"7:ALIMTALK"}}"""
			.formatted(messageStatus, resultCode);
	}

	private static String solapiList(String statusCode) {
		return """
				{"startKey":null,"limit":20,"messageList":{"M4V20261207ABC":{"_id":"M4V20261207ABC","type":"SMS",
				 "country":"82","dateProcessed":"2026-12-07T01:06:31.000Z","dateReported":"2026-12-07T01:06:43.000Z",
				 "dateReceived":"2026-12-07T01:06:42.000Z","statusCode":"%s","networkCode":"SKT","log":[],
				 "replacement":false,"messageId":"M4V20261207ABC","groupId":"G4V20261207","text":"본문",
				 "from":"0212345678","to":"01012345678","customFields":{"ieumKey":"7:SMS"},
				 "dateCreated":"2026-12-07T01:06:30.000Z","dateUpdated":"2026-12-07T01:06:43.000Z"}}}""".formatted(statusCode);
	}

	private DeliveryReport nhnSms(boolean isLong) {
		return new NhnCloudProvider(http).lookUp(nhn, new TextProvider.SentMessage("SMS", "20261207100630ReZQ6KZzAH0", isLong));
	}

	@Test
	void nhnTextResultIsTheSingleSearchOfItsRequestWithTheSecretHeader() throws Exception {
		answer(200, nhnText("3", "1000"));

		DeliveryReport report = nhnSms(false);

		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget())
			.isEqualTo("/sms/v3.0/appKeys/smsAppKey/sender/sms/20261207100630ReZQ6KZzAH0?recipientSeq=1");
		assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo("smsSecret");
		assertThat(report).isEqualTo(DeliveryReport.delivered("1000", Instant.parse("2026-12-07T01:06:42Z")));
	}

	@Test
	void nhnLongTextIsSearchedAsMmsAndItsFailuresAndPendingStatesAreRead() throws Exception {
		answer(200, nhnText("3", "3015"));
		answer(200, nhnText("2", ""));
		answer(200, nhnText("0", "2003"));

		assertThat(nhnSms(true)).isEqualTo(DeliveryReport.failed("3015", Instant.parse("2026-12-07T01:06:42Z")));
		assertThat(taken().getTarget()).startsWith("/sms/v3.0/appKeys/smsAppKey/sender/mms/20261207100630ReZQ6KZzAH0");
		assertThat(nhnSms(true).state()).isEqualTo(DeliveryReport.State.PENDING);
		assertThat(nhnSms(true)).isEqualTo(DeliveryReport.failed("2003", Instant.parse("2026-12-07T01:06:42Z")));
	}

	@Test
	void nhnAlimtalkResultIsTheSingleMessageOfItsRequest() throws Exception {
		answer(200, nhnKakao("COMPLETED", "1000"));
		answer(200, nhnKakao("FAILED", "3018"));
		answer(200, nhnKakao("READY", ""));
		NhnCloudProvider provider = new NhnCloudProvider(http);
		TextProvider.SentMessage sent = new TextProvider.SentMessage("ALIMTALK", "20261207REQ", false);

		assertThat(provider.lookUp(nhn, sent)).isEqualTo(DeliveryReport.delivered("1000", Instant.parse("2026-12-07T01:06:35Z")));
		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/alimtalk/v2.3/appkeys/kakaoAppKey/messages/20261207REQ/1");
		assertThat(request.getHeaders().get("X-Secret-Key")).isEqualTo("kakaoSecret");
		assertThat(provider.lookUp(nhn, sent)).isEqualTo(DeliveryReport.failed("3018", Instant.parse("2026-12-07T01:06:35Z")));
		assertThat(provider.lookUp(nhn, sent)).isEqualTo(DeliveryReport.pending());
	}

	@Test
	void nhnErrorsAndGarbageAreUnreadableNotAResult() {
		answer(200, """
				{"header":{"resultCode":-1000,"resultMessage":"Invalid appKey.","isSuccessful":false}}""");
		answer(503, "{}");
		answer(200, "<html>proxy</html>");
		answer(200, """
				{"header":{"resultCode":0,"resultMessage":"success","isSuccessful":true},"message":null}""");

		assertThat(nhnSms(false)).isEqualTo(DeliveryReport.unreadable("-1000"));
		assertThat(nhnSms(false)).isEqualTo(DeliveryReport.unreadable("HTTP 503"));
		assertThat(nhnSms(false)).isEqualTo(DeliveryReport.unreadable("HTTP 200"));
		assertThat(new NhnCloudProvider(http).lookUp(nhn, new TextProvider.SentMessage("ALIMTALK", "R", false)))
			.isEqualTo(DeliveryReport.unreadable("NO_RESULT"));
	}

	private SolapiProvider solapiProvider() {
		return new SolapiProvider(http, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	@Test
	void solapiResultIsTheSignedMessageListSearchOfItsId() throws Exception {
		answer(200, solapiList("4000"));

		DeliveryReport report = solapiProvider().lookUp(solapi, new TextProvider.SentMessage("SMS", "M4V20261207ABC", false));

		RecordedRequest request = taken();
		assertThat(request.getMethod()).isEqualTo("GET");
		assertThat(request.getTarget()).isEqualTo("/messages/v4/list?criteria=messageId&value=M4V20261207ABC&cond=eq");
		Matcher auth = AUTH.matcher(request.getHeaders().get("Authorization"));
		assertThat(auth.matches()).isTrue();
		assertThat(auth.group(1)).isEqualTo("NCSAPIKEY");
		assertThat(auth.group(2)).isEqualTo("2026-12-07T01:02:03Z");
		assertThat(auth.group(4)).isEqualTo(SolapiProvider.sign(auth.group(2) + auth.group(3), "apiSecret"));
		assertThat(report).isEqualTo(DeliveryReport.delivered("4000", Instant.parse("2026-12-07T01:06:42Z")));
	}

	@Test
	void solapiStatusCodesOnTheWayAreWaitedForAndOthersAreFailures() {
		answer(200, solapiList("2000"));
		answer(200, solapiList("3000"));
		answer(200, solapiList("3059"));
		answer(401, """
				{"errorCode":"SignatureDoesNotMatch","errorMessage":"서명이 일치하지 않습니다."}""");
		answer(200, """
				{"startKey":null,"limit":20,"messageList":{}}""");
		TextProvider.SentMessage sent = new TextProvider.SentMessage("ALIMTALK", "M4V20261207ABC", false);

		assertThat(solapiProvider().lookUp(solapi, sent).state()).isEqualTo(DeliveryReport.State.PENDING);
		assertThat(solapiProvider().lookUp(solapi, sent).state()).isEqualTo(DeliveryReport.State.PENDING);
		assertThat(solapiProvider().lookUp(solapi, sent))
			.isEqualTo(DeliveryReport.failed("3059", Instant.parse("2026-12-07T01:06:42Z")));
		assertThat(solapiProvider().lookUp(solapi, sent)).isEqualTo(DeliveryReport.unreadable("SignatureDoesNotMatch"));
		assertThat(solapiProvider().lookUp(solapi, sent)).isEqualTo(DeliveryReport.unreadable("NO_RESULT"));
	}
}
