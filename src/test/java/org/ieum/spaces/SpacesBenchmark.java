package org.ieum.spaces;

import org.ieum.bench.OpenLoop;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ieum.IeumApplication;
import org.ieum.centers.CentersApi;
import org.ieum.centers.OpeningHoursOnDate;
import org.ieum.shared.Seoul;
import org.ieum.support.EmbeddedPostgresDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The spaces benchmark (bench/spaces.sh): the whole application with Tomcat on an
 * embedded PostgreSQL 15, driven over HTTP like a kiosk would.
 * <ol>
 * <li>A month of availability of one space that already holds 10,000 bookings
 * ({@code GET /api/v1/spaces/{id}/availability}), one client, after a warm-up.</li>
 * <li>Reservations at a fixed arrival rate (open loop: a slow answer does not slow the next
 * request down) through {@code POST /api/v1/spaces/{id}/reservations} with a personal API
 * token; one request in ten asks for a slot already taken and must get 409. Latency is
 * measured from the moment a request was due, so queueing counts. The load comes from
 * {@link OpenLoop} (plain keep-alive sockets), which takes little of the two cores the server,
 * PostgreSQL and the load share.</li>
 * </ol>
 * Not a test (the name keeps surefire from running it in {@code verify}); run it through
 * the script. {@code --small} is the quick smoke run.
 */
public final class SpacesBenchmark {

	private record Scale(String name, int existingBookings, int rate, int warmupSeconds, int seconds,
			int availabilityRounds, int spaces, int connections) {
	}

	/** -Dbench.warmupSeconds=N sets the booking warm-up of the full run. */
	private static final Scale FULL = new Scale("full", 10_000, 200, Integer.getInteger("bench.warmupSeconds", 60), 60,
			500, 30, 32);
	private static final Scale SMALL = new Scale("small", 500, 20, 2, 5, 50, 4, 4);

	private final ConfigurableApplicationContext context;
	private final Scale scale;
	private final HttpClient http;
	private final String base;
	private final StringBuilder report = new StringBuilder();

	private SpacesBenchmark(ConfigurableApplicationContext context, Scale scale) {
		this.context = context;
		this.scale = scale;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
		this.base = "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

	public static void main(String[] args) throws Exception {
		Scale scale = args.length > 0 && "--small".equals(args[0]) ? SMALL : FULL;
		ConfigurableApplicationContext context = new SpringApplicationBuilder(IeumApplication.class)
			.profiles("test", "postgres-test")
			.initializers(new EmbeddedPostgresDatabase())
			.properties("server.port=0", "spring.datasource.hikari.maximum-pool-size=" + System.getProperty("bench.pool", "20"),
					"logging.level.org.ieum=WARN", "spring.main.banner-mode=off")
			.run();
		int exit = 0;
		try {
			new SpacesBenchmark(context, scale).run();
		}
		catch (Exception ex) {
			ex.printStackTrace();
			exit = 1;
		}
		finally {
			context.close();
		}
		System.exit(exit);
	}

	private void run() throws Exception {
		SpaceCatalog catalog = context.getBean(SpaceCatalog.class);
		CentersApi centers = context.getBean(CentersApi.class);
		Clock clock = context.getBean(Clock.class);
		SpacesFixtures fixtures = new SpacesFixtures(catalog, centers, clock);
		long site = fixtures.mainSite("gimhae");
		List<LocalDate> openDays = openDays(centers, site, Seoul.today(clock).plusDays(1), 365);
		String token = apiToken("citizen@ieum.example", "ieum2026!");

		line("# Spaces benchmark (" + scale.name() + ")");
		line("");
		line("- " + Instant.now() + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
				+ System.getProperty("java.version") + ", embedded PostgreSQL 15, Hikari pool " + System.getProperty("bench.pool", "20"));
		line("");
		line("| measurement | target | requests | p50 ms | p95 ms | p99 ms | max ms | notes |");
		line("|---|---|---|---|---|---|---|---|");

		// the booking warm-up comes first: a minute of the whole stack (token check, booking, JSON,
		// PostgreSQL) lets the JIT finish its work before anything is measured, as on a server that has
		// been up for a while; then the month view, then the measured bookings
		Measurement bookings = bookings(fixtures, openDays, centers, site, token);
		availability(fixtures, centers, site, clock);
		bookings.run();

		Path out = Path.of("target", "bench", "spaces-" + scale.name() + ".md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		System.out.println("Written to " + out);
	}

	private void availability(SpacesFixtures fixtures, CentersApi centers, long site, Clock clock) throws Exception {
		long space = fixtures.space("gimhae", new SpaceTerms("성능-월간조회", SpaceKind.MEETING_ROOM, 20, null, null, null,
				BookingAudience.SIGNED_IN, 0, 60, 240, 0, 365, 0, false, 24, true));
		// existing bookings, one hour each, back to back on open days, written directly; the measured month
		// (next month) lies in the middle of them, so it is fully booked
		LocalDate today = Seoul.today(clock);
		YearMonth month = YearMonth.from(today.plusMonths(1));
		int calendarDays = scale.existingBookings() / 9 * 7 / 5;
		List<LocalDate> days = openDays(centers, site, month.atDay(1).minusDays(calendarDays / 2), 3650);
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		List<Object[]> rows = new ArrayList<>();
		outer: for (LocalDate day : days) {
			OpeningHoursOnDate h = centers.hoursOn(site, day);
			for (LocalTime t = h.opens(); !t.plusHours(1).isAfter(h.closes()); t = t.plusHours(1)) {
				Instant start = day.atTime(t).atZone(Seoul.ZONE).toInstant();
				rows.add(new Object[] { space, start.atOffset(ZoneOffset.UTC), start.plusSeconds(3600).atOffset(ZoneOffset.UTC),
						start.plusSeconds(3600).atOffset(ZoneOffset.UTC), Instant.now().atOffset(ZoneOffset.UTC) });
				if (rows.size() == scale.existingBookings()) {
					break outer;
				}
			}
		}
		jdbc.batchUpdate("""
				insert into spaces_reservation (space_id, account_id, booker_name, booker_email, starts_at, ends_at,
				blocked_until, purpose, headcount, fee_won, status, created_at)
				values (?, 1, '성능', 'bench@example.kr', ?, ?, ?, '성능 측정', 2, 0, 'CONFIRMED', ?)""", rows);
		jdbc.execute("analyze spaces_reservation");
		long inMonth = jdbc.queryForObject("""
				select count(*) from spaces_reservation where space_id = ? and starts_at >= ? and starts_at < ?""", Long.class,
				space, month.atDay(1).atStartOfDay(Seoul.ZONE).toOffsetDateTime(),
				month.plusMonths(1).atDay(1).atStartOfDay(Seoul.ZONE).toOffsetDateTime());
		String url = base + "/api/v1/spaces/" + space + "/availability?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth();
		for (int i = 0; i < Math.max(20, scale.availabilityRounds() / 2); i++) {
			get(url);
		}
		List<Long> nanos = new ArrayList<>();
		for (int i = 0; i < scale.availabilityRounds(); i++) {
			long start = System.nanoTime();
			HttpResponse<String> response = get(url);
			nanos.add(System.nanoTime() - start);
			if (response.statusCode() != 200) {
				throw new IllegalStateException("availability answered " + response.statusCode());
			}
		}
		row("month of availability, " + rows.size() + " existing bookings (" + inMonth + " in the month)", "p95 ≤ 20 ms",
				nanos, "one client, sequential, after " + Math.max(20, scale.availabilityRounds() / 2) + " warm-up requests");
	}

	private interface Measurement {
		void run() throws Exception;
	}

	/** Creates the spaces, warms the booking path up at the full rate and returns the measured run. */
	private Measurement bookings(SpacesFixtures fixtures, List<LocalDate> openDays, CentersApi centers, long site, String token)
			throws Exception {
		List<Long> spaces = new ArrayList<>();
		for (int i = 0; i < scale.spaces(); i++) {
			spaces.add(fixtures.space("gimhae", new SpaceTerms("성능-예약" + i, SpaceKind.MEETING_ROOM, 20, null, null, null,
					BookingAudience.SIGNED_IN, 0, 60, 240, 0, 365, 0, false, 24, true)));
		}
		// every one-hour slot of every space on every open day, spread over the spaces
		List<String[]> slots = new ArrayList<>();
		for (LocalDate day : openDays) {
			OpeningHoursOnDate h = centers.hoursOn(site, day);
			for (LocalTime t = h.opens(); !t.plusHours(1).isAfter(h.closes()); t = t.plusHours(1)) {
				for (long space : spaces) {
					slots.add(new String[] { String.valueOf(space), day.toString(), t.toString(), t.plusHours(1).toString() });
				}
			}
		}
		Collections.shuffle(slots, new Random(42));
		int needed = scale.rate() * (scale.warmupSeconds() + scale.seconds());
		if (slots.size() < needed) {
			throw new IllegalStateException("only " + slots.size() + " free slots for " + needed + " requests");
		}
		// request n books a fresh slot, except every tenth, which asks again for the slot just booked (taken)
		List<String[]> plan = new ArrayList<>(needed);
		for (int n = 0, fresh = 0; n < needed; n++) {
			plan.add(n % 10 == 9 ? plan.get(n - 1) : slots.get(fresh++));
		}
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		OpenLoop load = new OpenLoop("localhost", port, scale.connections());
		OpenLoop.Requests requests = n -> {
			String[] slot = plan.get(n);
			return OpenLoop.postJson("localhost", port, "/api/v1/spaces/" + slot[0] + "/reservations",
					"Authorization: Bearer " + token + "\r\n", "{\"date\":\"" + slot[1] + "\",\"start\":\"" + slot[2]
							+ "\",\"end\":\"" + slot[3] + "\",\"purpose\":\"성능 측정\",\"headcount\":3}");
		};
		System.out.println("bookings: warm-up " + scale.warmupSeconds() + " s");
		load.run(scale.rate(), scale.warmupSeconds(), 0, requests);
		return () -> {
			System.out.println("bookings: measuring " + scale.seconds() + " s");
			OpenLoop.Result result = load.run(scale.rate(), scale.seconds(), scale.rate() * scale.warmupSeconds(),
					requests);
			String notes = String.format("open loop %d req/s for %d s after %d s warm-up over %d keep-alive connections,"
					+ " achieved %.0f req/s; answers %s", scale.rate(), scale.seconds(), scale.warmupSeconds(),
					scale.connections(), result.achievedPerSecond(), new TreeMap<>(result.statuses()));
			row("booking (POST /api/v1/spaces/{id}/reservations), 1 in 10 for a taken slot", "200 req/s, p95 ≤ 50 ms",
					result.nanos(), notes);
		};
	}

	/** Signs in through the login form and creates a personal API token on My page, as a person would. */
	private String apiToken(String email, String password) throws Exception {
		String csrf = csrf(get(base + "/login").body());
		HttpResponse<String> login = post(base + "/login", "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf));
		if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("login failed: " + login.statusCode());
		}
		String myCsrf = csrf(get(base + "/my/developer").body());
		post(base + "/my/tokens", "name=bench&days=7&_csrf=" + enc(myCsrf));
		Matcher token = Pattern.compile("(ieum_[A-Za-z0-9_\\-]+)").matcher(get(base + "/my/developer").body());
		if (!token.find()) {
			throw new IllegalStateException("no token on My page");
		}
		return token.group(1);
	}

	private static String csrf(String html) {
		Matcher m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token in page");
		}
		return m.group(1);
	}

	private HttpResponse<String> get(String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String url, String form) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static List<LocalDate> openDays(CentersApi centers, long site, LocalDate from, int days) {
		List<LocalDate> open = new ArrayList<>();
		for (LocalDate d = from; d.isBefore(from.plusDays(days)); d = d.plusDays(1)) {
			if (centers.hoursOn(site, d).open()) {
				open.add(d);
			}
		}
		return open;
	}

	private void row(String what, String target, List<Long> nanos, String notes) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		line(String.format("| %s | %s | %d | %.1f | %.1f | %.1f | %.1f | %s |", what, target, sorted.size(),
				ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6, notes));
	}

	private static double ms(List<Long> sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private void line(String text) {
		report.append(text).append('\n');
	}
}
