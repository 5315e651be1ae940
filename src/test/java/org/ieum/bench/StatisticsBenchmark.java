package org.ieum.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Not part of the test suite (the name does not end in Tests): run by bench/statistics.sh.
 * Adds N synthetic organizations (default 100,000) with one or two designations each to the
 * demo network, then times the network-wide statistics page in the server (MockMvc, so no
 * network) and prints p50/p95 to target/bench/statistics.md.
 */
@IeumSpringTest
class StatisticsBenchmark {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void networkStatistics() throws Exception {
		int n = Integer.getInteger("bench.organizations", 100_000);
		long started = System.nanoTime();
		generate(n);
		double generateSeconds = (System.nanoTime() - started) / 1e9;
		long total = jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);

		// the first request after a change counts in the database; the following ones read the cache
		long cold = System.nanoTime();
		mvc.perform(get("/statistics")).andExpect(status().isOk());
		double coldMs = (System.nanoTime() - cold) / 1e6;
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/statistics")).andExpect(status().isOk());
		}
		int rounds = 100;
		long[] page = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			mvc.perform(get("/statistics")).andExpect(status().isOk());
			page[i] = System.nanoTime() - t;
		}
		long[] api = new long[rounds];
		for (int i = 0; i < rounds; i++) {
			long t = System.nanoTime();
			mvc.perform(get("/api/v1/stats/centers/busan")).andExpect(status().isOk());
			api[i] = System.nanoTime() - t;
		}
		String report = """
				| organizations in the database | generation | `/statistics` first request (counting) | `/statistics` p50 | p95 | `/api/v1/stats/centers/busan` p50 | p95 |
				|---|---|---|---|---|---|---|
				| %,d | %.1f s | %.0f ms | %.1f ms | %.1f ms | %.1f ms | %.1f ms |
				""".formatted(total, generateSeconds, coldMs, ms(page, 50), ms(page, 95), ms(api, 50), ms(api, 95));
		Path out = Path.of("target/bench/statistics.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report);
		System.out.println(report);
		assertThat(total).isGreaterThanOrEqualTo(n);
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
	}

	private void generate(int n) throws Exception {
		List<Long> centers = jdbc.queryForList("select id from centers_center", Long.class);
		String[] types = { "SOCIAL_ENTERPRISE", "PRE_SOCIAL_REGIONAL", "PRE_SOCIAL_MINISTRY", "VILLAGE_ENTERPRISE",
				"COOPERATIVE", "SOCIAL_COOPERATIVE", "SELF_SUFFICIENCY" };
		String[] purposes = { "JOBS", "SOCIAL_SERVICES", "COMMUNITY", "MIXED", "CREATIVE", null };
		Random random = new Random(42);
		long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from enterprises_organization", Long.class);
		int batch = 5_000;
		for (int from = 0; from < n; from += batch) {
			List<Object[]> organizations = new ArrayList<>();
			List<Object[]> owners = new ArrayList<>();
			List<Object[]> designations = new ArrayList<>();
			for (int i = from; i < Math.min(n, from + batch); i++) {
				long id = firstId + i;
				String number = String.format("66%08d", i);
				organizations.add(new Object[] { id, "벤치 기업 " + i, number, number, "시도" + (i % 17), "구" + ((i / 17) % 15),
						String.valueOf((char) ('A' + i % 21)), purposes[i % purposes.length], i % 50 == 0 ? "CLOSED" : "ACTIVE" });
				owners.add(new Object[] { id, centers.get(i % centers.size()) });
				int count = 1 + (i % 5 == 0 ? 1 : 0);
				for (int d = 0; d < count; d++) {
					LocalDate on = LocalDate.of(2010 + random.nextInt(16), 1 + random.nextInt(12), 1);
					designations.add(new Object[] { id, types[random.nextInt(types.length)], i % 97 == 0 ? "CANCELLED" : "ACTIVE",
							Date.valueOf(on), random.nextInt(10) == 0 ? Date.valueOf(on.plusYears(3)) : null });
				}
			}
			jdbc.batchUpdate("insert into enterprises_organization (id, name, business_number_raw, business_number, sido,"
					+ " sigungu, industry, social_purpose, status, created_at, updated_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, current_timestamp)", organizations);
			jdbc.batchUpdate("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", owners);
			jdbc.batchUpdate("insert into enterprises_designation (organization_id, type, status, designated_on, valid_until,"
					+ " source, created_at) values (?, ?, ?, ?, ?, 'BENCH', current_timestamp)", designations);
		}
		// Later inserts through the application must not collide with the ids used here.
		try (var connection = jdbc.getDataSource().getConnection()) {
			if (connection.getMetaData().getDatabaseProductName().contains("H2")) {
				jdbc.execute("alter table enterprises_organization alter column id restart with " + (firstId + n));
			}
		}
	}
}
