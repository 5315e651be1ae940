package org.ieum;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.catalina.Context;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a newcomer and an operator notice first: demo data, error pages, proxies, the API description. */
@IeumSpringTest
class FoundationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		headers.forEach(request::header);
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void everyPageNamesItsIconAndDescribesItselfAndTheIconIsServedWhereBrowsersLook() throws Exception {
		HttpResponse<String> home = get("/", Map.of("Accept", "text/html"));
		// linked by the addresses that carry their content's hash (shared.assets)
		assertThat(home.body()).containsPattern("<link rel=\"icon\" href=\"/assets/icons/favicon\\.[0-9a-f]{16}\\.svg\" type=\"image/svg\\+xml\">")
			.containsPattern("href=\"/assets/icons/favicon-32\\.[0-9a-f]{16}\\.png\"")
			.containsPattern("<meta name=\"description\" content=\"[^\"]{20,}\">");
		for (String icon : List.of("/favicon.ico", "/assets/icons/favicon.svg", "/assets/icons/favicon-32.png")) {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + icon)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(response.statusCode()).as(icon).isEqualTo(200);
			assertThat(response.body()).as(icon).isNotEmpty();
		}
		// the self-hosted font files are kept a year; a file never changes under its name
		String css = get("/assets/css/ieum.css", Map.of()).body();
		Matcher url = Pattern.compile("url\\(\"\\.\\./fonts/([^\"]+\\.woff2)\"\\)").matcher(css);
		assertThat(url.find()).as("a font file in ieum.css").isTrue();
		HttpResponse<String> font = get("/assets/fonts/" + url.group(1), Map.of());
		assertThat(font.statusCode()).isEqualTo(200);
		assertThat(font.headers().firstValue("Cache-Control").orElse("")).contains("max-age=31536000", "immutable");
	}

	@Test
	void aSecondStartAddsNoDemoData() throws Exception {
		List<String> tables = List.of("centers_center", "centers_site", "centers_contact", "centers_weekly_hours",
				"centers_visitor_count", "identity_account", "identity_role_grant", "identity_consent",
				"identity_role_audit");
		Map<String, Integer> before = counts(tables);
		for (ApplicationRunner runner : context.getBeansOfType(ApplicationRunner.class).values()) {
			if (runner.getClass().getName().startsWith("org.ieum")) {
				runner.run(new DefaultApplicationArguments());
			}
		}
		assertThat(counts(tables)).isEqualTo(before);
		assertThat(before.get("centers_center")).isGreaterThanOrEqualTo(6);
		assertThat(jdbc.queryForObject("select count(*) from identity_account where email like '%@ieum.example'", Integer.class))
			.as("the eight demo accounts, less any a test deleted").isBetween(7, 8);
	}

	private Map<String, Integer> counts(List<String> tables) {
		Map<String, Integer> counts = new TreeMap<>();
		tables.forEach(t -> counts.put(t, jdbc.queryForObject("select count(*) from " + t, Integer.class)));
		return counts;
	}

	@Test
	void errorPagesAreKoreanAndNeverShowAStackTrace() throws Exception {
		HttpResponse<String> missing = get("/no-such-page", Map.of("Accept", "text/html"));
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("페이지를 찾을 수 없습니다").contains("lang=\"ko\"")
			.doesNotContain("Exception").doesNotContain("at org.");

		HttpResponse<String> badRequest = get("/admin/outbox?page=not-a-number", Map.of());
		assertThat(badRequest.statusCode()).isIn(302, 400);

		HttpResponse<String> unknownCenter = get("/c/no-such-center", Map.of("Accept", "text/html"));
		assertThat(unknownCenter.statusCode()).isEqualTo(404);
		assertThat(unknownCenter.body()).contains("페이지를 찾을 수 없습니다");
	}

	@Test
	void anUnexpectedFailureShowsTheKorean500PageWithoutAStackTrace() throws Exception {
		HttpResponse<String> failure = get("/test-only/failure", Map.of("Accept", "text/html"));
		assertThat(failure.statusCode()).isEqualTo(500);
		assertThat(failure.body()).contains("일시적인 오류가 발생했습니다").doesNotContain("IllegalStateException")
			.doesNotContain("deliberate failure").doesNotContain("at org.");
	}

	@Test
	void aSignedInCitizenGetsTheKorean403PageOnStaffPages() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port;
		String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).isTrue();
		String form = "email=citizen%40ieum.example&password=ieum2026%21&_csrf=" + csrf.group(1);
		HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/my"));

		HttpResponse<String> admin = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/members"))
			.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(admin.statusCode()).isEqualTo(403);
		assertThat(admin.body()).contains("접근 권한이 없습니다").doesNotContain("Exception");
	}

	@Test
	void behindATlsProxyRedirectsStayOnHttps() throws Exception {
		HttpResponse<String> response = get("/my", Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host",
				"ieum.example.or.kr", "X-Forwarded-Port", "443"));
		assertThat(response.statusCode()).isEqualTo(302);
		// a path only: the browser resolves it against the https address it used
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).satisfiesAnyOf(l -> assertThat(l).isEqualTo("/login"),
						l -> assertThat(l).startsWith("https://ieum.example.or.kr/login")));
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureButClientsCannotClaimHttpsThemselves() throws Exception {
		// the test client connects from 127.0.0.1, which Tomcat trusts as a proxy by default
		HttpResponse<String> viaProxy = get("/login", Map.of("X-Forwarded-Proto", "https"));
		assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).startsWith("JSESSIONID").contains("Secure"));
		HttpResponse<String> direct = get("/login", Map.of());
		assertThat(direct.headers().allValues("Set-Cookie")).allSatisfy(c -> assertThat(c).doesNotContain("Secure"));
	}

	@Test
	void idleSessionsEndAfterThirtyMinutes() {
		var server = (TomcatWebServer)
				((ServletWebServerApplicationContext) context).getWebServer();
		var webapp = (Context) server.getTomcat().getHost().findChildren()[0];
		assertThat(webapp.getSessionTimeout()).as("minutes").isEqualTo(30);
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		HttpResponse<String> docs = get("/v3/api-docs", Map.of());
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/me").contains("/api/v1/centers").contains("bearer");
	}

	@Test
	void publicApiNeedsNoTokenButPrivateApiAnswersWithAKoreanProblem() throws Exception {
		assertThat(get("/api/v1/centers", Map.of()).statusCode()).isEqualTo(200);
		HttpResponse<String> me = get("/api/v1/me", Map.of());
		assertThat(me.statusCode()).isEqualTo(401);
		assertThat(me.headers().firstValue("WWW-Authenticate")).contains("Bearer");
		assertThat(me.body()).contains("인증이 필요합니다");
	}
}
