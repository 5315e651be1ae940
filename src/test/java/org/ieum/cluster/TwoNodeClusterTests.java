package org.ieum.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.ieum.IeumApplication;
import org.ieum.shared.MailOutbox;
import org.ieum.shared.files.FileArea;
import org.ieum.shared.files.FileStore;
import org.ieum.support.EmbeddedPostgresDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Ieum nodes in profile {@code cluster}, each with its own web server on its own port, on
 * one PostgreSQL database of their own (created empty, so both migrate it as they start
 * together), one shared files directory and one mail server: what a load balancer in front of
 * them may send to either node works on both.
 */
class TwoNodeClusterTests {

	private static final String DATABASE = "ieum_cluster";
	private static final Path SHARED = Path.of("target", "cluster-test").toAbsolutePath();

	private static GreenMail mail;
	private static ConfigurableApplicationContext a;
	private static ConfigurableApplicationContext b;
	private static final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	@BeforeAll
	static void startTwoNodesTogether() throws Exception {
		deleteRecursively(SHARED);
		mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		mail.start();
		ExecutorService starter = Executors.newFixedThreadPool(2);
		// Logging is one per JVM: two applications starting at once would each set Logback up again at the same
		// moment (a race that fails one start now and then); the test JVM's logging is already set up.
		System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			Future<ConfigurableApplicationContext> first = starter.submit(() -> node("a"));
			Future<ConfigurableApplicationContext> second = starter.submit(() -> node("b"));
			a = first.get();
			b = second.get();
		}
		finally {
			starter.shutdown();
			System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
		}
	}

	@AfterAll
	static void stop() {
		if (a != null) {
			a.close();
		}
		if (b != null) {
			b.close();
		}
		if (mail != null) {
			mail.stop();
		}
	}

	private static ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(IeumApplication.class)
			.profiles("test", "postgres-test", "cluster")
			.initializers(new EmbeddedPostgresDatabase(DATABASE))
			.run("--server.port=0",
					"--ieum.data-dir=" + SHARED.resolve("node-" + name),
					"--ieum.files.root=" + SHARED.resolve("files"),
					"--ieum.imports.root=" + SHARED.resolve("imports"),
					"--ieum.demo.enabled=false",
					"--spring.datasource.hikari.maximum-pool-size=6",
					"--spring.mail.host=127.0.0.1",
					"--spring.mail.port=" + mail.getSmtp().getPort(),
					"--spring.mail.properties.mail.smtp.auth=false",
					"--spring.mail.properties.mail.smtp.starttls.enable=false",
					// both nodes look at the outbox five times a second
					"--ieum.mail.initial-delay=200ms",
					"--ieum.mail.poll-interval=200ms");
	}

	@Test
	void theSchemaIsMigratedOnceWhenBothNodesStartTogether() {
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
		List<String> versions = jdbc.queryForList(
				"select version from flyway_schema_history where version is not null and success", String.class);
		assertThat(versions).isNotEmpty().doesNotHaveDuplicates().contains("255", "256", "257");
		assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Long.class))
			.isZero();
	}

	@Test
	void aPersonSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
		String email = "cluster.member@ieum.example";
		String password = "cluster-pass-2026!";
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
		jdbc.update("""
				insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at)
				values (?, ?, '클러스터 회원', 'ACTIVE', current_timestamp, current_timestamp)""",
				email, a.getBean(PasswordEncoder.class).encode(password));

		HttpResponse<String> loginPage = get(a, "/login", null);
		String cookie = sessionCookie(loginPage);
		String csrf = field(loginPage.body(), "_csrf");
		HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(uri(a, "/login"))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("email=" + enc(email) + "&password=" + enc(password)
					+ "&_csrf=" + enc(csrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
		String signedInCookie = sessionCookie(signedIn);

		HttpResponse<String> myPageOnB = get(b, "/my", signedInCookie);
		assertThat(myPageOnB.statusCode()).isEqualTo(200);
		assertThat(myPageOnB.body()).contains("클러스터 회원");
		// and a stranger without the cookie is still sent to sign in
		assertThat(get(b, "/my", null).statusCode()).isEqualTo(302);

		// signing out on B ends the session on A too
		HttpResponse<String> myPageOnA = get(a, "/my", signedInCookie);
		String logoutCsrf = field(myPageOnA.body(), "_csrf");
		http.send(HttpRequest.newBuilder(uri(b, "/logout"))
			.header("Cookie", signedInCookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(logoutCsrf)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(get(a, "/my", signedInCookie).statusCode()).isEqualTo(302);
	}

	@Test
	void mailsQueuedOnOneNodeGoOutOnceThoughBothNodesSendTheOutbox() throws Exception {
		String subject = "클러스터 안내 " + Instant.now().toEpochMilli();
		int count = 30;
		new TransactionTemplate(a.getBean(PlatformTransactionManager.class)).executeWithoutResult(tx -> {
			for (int i = 0; i < count; i++) {
				a.getBean(MailOutbox.class).queue("member" + i + "@ieum.example", subject, "본문 " + i);
			}
		});
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (received(subject) < count && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		// both nodes keep looking at the outbox for a while: nothing more may go out
		Thread.sleep(1_500);
		assertThat(received(subject)).isEqualTo(count);
	}

	@Test
	void aFileUploadedOnOneNodeIsReadOnTheOther() {
		byte[] text = "이음 클러스터 파일".getBytes(StandardCharsets.UTF_8);
		FileArea.StoredFile stored = area(a).store(text);
		assertThat(area(b).read(stored.file())).hasValue(text);
	}

	@Test
	void eachNodeIsReadyWhileItReachesPostgresql() throws Exception {
		HttpResponse<String> readiness = get(b, "/actuator/health/readiness", null);
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"");
	}

	private static FileArea area(ConfigurableApplicationContext node) {
		return node.getBean(FileStore.class).area("cluster-test", Map.of("text/plain", "txt"), 10_000);
	}

	private static long received(String subject) {
		return Arrays.stream(mail.getReceivedMessages()).filter(m -> subjectOf(m).equals(subject)).count();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return String.valueOf(message.getSubject());
		}
		catch (MessagingException ex) {
			return "";
		}
	}

	private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.reduce((first, last) -> last)
			.orElseThrow(() -> new AssertionError("no session cookie in " + response.headers().map()));
	}

	private static String field(String html, String name) {
		Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new AssertionError("no field " + name);
		}
		return m.group(1);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static void deleteRecursively(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
