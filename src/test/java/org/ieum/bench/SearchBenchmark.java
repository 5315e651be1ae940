package org.ieum.bench;

import org.ieum.IeumApplication;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.search.OrganizationSearch;
import org.ieum.enterprises.search.SearchIndex;
import org.ieum.enterprises.search.SearchQuery;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Organization search at growing sizes, run on demand by {@code bench/search.sh} (never by the
 * build). Starts the application on a fresh database (H2 file in a temporary directory, or
 * PostgreSQL when {@code IEUM_BENCH_PG_URL} is set), writes generated organizations with three
 * products and a designation each straight through JDBC batches, times a full index rebuild, then
 * measures server-side latency of search with facets against a plain SQL {@code LIKE} search over
 * the same rows, after a warm-up. Prints a Markdown table.
 * <p>
 * Arguments: the sizes, e.g. {@code 1000 10000 100000}. With {@code --serve}, keeps the web server
 * running after the last size and prints {@code READY <port>} for {@code bench/directory-load.sh}.
 */
public final class SearchBenchmark {

	static final String[] PREFIXES = { "행복", "나눔", "우리", "다온", "희망", "푸른", "햇살", "바람", "들녘", "한빛", "새봄", "누리",
			"온새미로", "가람", "미리내", "별빛", "이음", "함께", "두레", "씨앗" };
	static final String[] KINDS = { "베이커리", "공방", "협동조합", "사회적협동조합", "마을기업", "농장", "카페", "돌봄센터", "출판사",
			"여행사", "자활센터", "공동체", "로컬푸드", "재활용센터", "교육연구소" };
	static final String[] BUSINESS = { "우리밀로 빵과 과자를 굽습니다", "지역 어르신 돌봄 서비스를 제공합니다", "친환경 농산물을 생산하고 유통합니다",
			"청소년 진로 교육과 멘토링을 합니다", "폐자원을 업사이클링해 생활용품을 만듭니다", "마을 공동체 카페를 운영합니다",
			"공정무역 커피를 볶아 판매합니다", "장애인 일자리를 만드는 세탁 사업을 합니다", "전통 공예 체험 프로그램을 운영합니다",
			"사회적경제 조직의 회계와 경영을 돕습니다" };
	static final String[] PRODUCTS = { "우리밀 식빵", "천연 비누", "도자기 컵", "친환경 세제", "수제 잼", "반찬 꾸러미", "그림책", "목공 의자",
			"커피 원두", "한지 조명", "유기농 쌀", "방과후 교실", "도시락", "에코백", "체험 교실" };
	static final String[][] REGIONS = { { "부산광역시", "사상구" }, { "부산광역시", "해운대구" }, { "부산광역시", "중구" },
			{ "전북특별자치도", "군산시" }, { "전북특별자치도", "전주시" }, { "광주광역시", "동구" }, { "광주광역시", "북구" },
			{ "경상남도", "김해시" }, { "경상남도", "창원시" }, { "서울특별시", "중구" } };
	static final String[] QUERIES = { "베이커리", "협동조합", "사회적 경제", "사회적경제", "우리밀", "돌봄", "카페", "공방 체험", "친환경",
			"커피", "행복", "마을기업", "도자기", "업사이클링", "교육", "청소년 멘토링", "비누", "協同組合", "반찬", "해운대" };

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		boolean serve = Arrays.asList(args).contains("--serve");
		List<Integer> sizes = Arrays.stream(args).filter(a -> !a.startsWith("--")).map(Integer::valueOf).toList();
		if (sizes.isEmpty()) {
			sizes = List.of(1_000, 10_000, 100_000);
		}
		// BENCH_WORK keeps the database and index between runs (profiling the same data again
		// without generating it again); by default every run starts from an empty temporary one
		String keep = System.getenv("BENCH_WORK");
		Path work = keep != null && !keep.isBlank() ? Files.createDirectories(Path.of(keep))
				: Files.createTempDirectory("ieum-search-bench");
		List<String> properties = new ArrayList<>(List.of("--ieum.data-dir=" + work, "--server.port=" + (serve
				? System.getenv().getOrDefault("BENCH_PORT", "18090") : "0"), "--logging.level.org.ieum=WARN",
				"--spring.main.banner-mode=off",
				// every timed search asks the index: remembered answers (ADR 12) would time a map look-up;
				// the served directory keeps its remembered pages, so its load test shows both paths
				"--ieum.search.answer-cache-size=0"));
		String pg = System.getenv("IEUM_BENCH_PG_URL");
		if (pg != null && !pg.isBlank()) {
			properties.add("--spring.datasource.url=" + pg);
			properties.add("--spring.datasource.username=" + System.getenv().getOrDefault("IEUM_BENCH_PG_USER", "ieum"));
			properties.add("--spring.datasource.password=" + System.getenv().getOrDefault("IEUM_BENCH_PG_PASSWORD", ""));
		}
		ConfigurableApplicationContext context = SpringApplication.run(IeumApplication.class,
				properties.toArray(String[]::new));
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		SearchIndex index = context.getBean(SearchIndex.class);
		OrganizationSearch search = context.getBean(OrganizationSearch.class);
		List<Long> centerIds = context.getBean(CentersApi.class).all().stream().map(CenterSummary::id).toList();
		Set<Long> scope = Set.copyOf(centerIds);
		String database = pg != null && !pg.isBlank() ? "PostgreSQL" : "H2 (file)";

		StringBuilder table = new StringBuilder();
		table.append("| organizations | products | full reindex | search+facets p50 | p95 | SQL LIKE p50 | p95 |\n");
		table.append("|---:|---:|---:|---:|---:|---:|---:|\n");
		Random random = new Random(42);
		int generated = 0;
		for (int size : sizes) {
			long existing = jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);
			boolean reused = existing >= size;
			if (!reused) {
				generate(jdbc, centerIds, generated, size - generated, random);
			}
			generated = size;
			long total = jdbc.queryForObject("select count(*) from enterprises_organization", Long.class);
			long products = jdbc.queryForObject("select count(*) from enterprises_product", Long.class);
			SearchIndex.Build build = reused ? new SearchIndex.Build(Instant.now(), Duration.ZERO, existing, null) : index.rebuild();
			if (build.failure() != null) {
				throw new IllegalStateException("rebuild failed: " + build.failure());
			}
			List<SearchQuery> queries = queries(new Random(7), 500);
			// warm-up: JIT, index readers, caches
			for (SearchQuery q : queries(new Random(3), 100)) {
				search.search(scope, q);
				if (!serve) {
					like(jdbc, scope, q.q());
				}
			}
			long[] searchNanos = new long[queries.size()];
			long[] likeNanos = new long[queries.size()];
			for (int i = 0; i < queries.size(); i++) {
				long t = System.nanoTime();
				search.search(scope, queries.get(i));
				searchNanos[i] = System.nanoTime() - t;
				// serving for the load test: the slow LIKE comparison (minutes at 100,000) is skipped
				if (!serve) {
					t = System.nanoTime();
					like(jdbc, scope, queries.get(i).q());
					likeNanos[i] = System.nanoTime() - t;
				}
			}
			table.append(String.format("| %,d | %,d | %.1f s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", total, products,
					build.took().toMillis() / 1000.0, ms(searchNanos, 50), ms(searchNanos, 95), ms(likeNanos, 50),
					ms(likeNanos, 95)));
			System.out.println("size " + size + " done (" + existing + " before)");
		}
		System.out.println();
		System.out.println("Search benchmark, " + database + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
				+ LocalDate.now() + ", Java " + Runtime.version() + ". 500 queries after 100 warm-up, "
				+ "server-side (service call), scope = whole network; SQL LIKE = name, main business and product names,"
				+ " count + first page, no facets.");
		System.out.println();
		System.out.print(table);
		if (serve) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			System.out.println("READY " + port);
			Thread.currentThread().join();
		}
		context.close();
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, i)] / 1_000_000.0;
	}

	static List<SearchQuery> queries(Random random, int count) {
		List<SearchQuery> list = new ArrayList<>();
		DesignationType[] types = DesignationType.values();
		for (int i = 0; i < count; i++) {
			String q = i % 10 == 0 ? "" : QUERIES[random.nextInt(QUERIES.length)];
			List<DesignationType> type = i % 3 == 0 ? List.of(types[random.nextInt(types.length)]) : null;
			List<String> sido = i % 4 == 0 ? List.of(REGIONS[random.nextInt(REGIONS.length)][0]) : null;
			list.add(new SearchQuery(q, type, sido, null, null, null, null, null, random.nextInt(3)));
		}
		return list;
	}

	/** The directory's search before full-text search: substring match, count for the pager, first page by name. */
	private static void like(JdbcTemplate jdbc, Set<Long> scope, String q) {
		String in = scope.stream().map(String::valueOf).collect(Collectors.joining(","));
		String pattern = "%" + q.toLowerCase() + "%";
		String where = " from enterprises_organization o where o.status <> 'CLOSED' and exists (select 1 from"
				+ " enterprises_organization_center c where c.organization_id = o.id and c.center_id in (" + in + "))"
				+ " and (lower(o.name) like ? or lower(o.main_business) like ? or exists (select 1 from enterprises_product p"
				+ " where p.organization_id = o.id and lower(p.name) like ?))";
		jdbc.queryForObject("select count(*)" + where, Long.class, pattern, pattern, pattern);
		jdbc.queryForList("select o.id, o.name" + where + " order by o.name limit 20", pattern, pattern, pattern);
	}

	static void generate(JdbcTemplate jdbc, List<Long> centers, int from, int count, Random random) {
		Timestamp now = Timestamp.from(Instant.now());
		DesignationType[] types = DesignationType.values();
		int batch = 1_000;
		for (int start = 0; start < count; start += batch) {
			int n = Math.min(batch, count - start);
			List<Object[]> organizations = new ArrayList<>();
			Map<String, Long> centerOf = new HashMap<>();
			List<String> numbers = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int k = from + start + i;
				String nine = String.format("7%08d", k);
				String number = nine + BusinessNumber.checkDigitOf(nine);
				String[] region = REGIONS[random.nextInt(REGIONS.length)];
				String name = PREFIXES[random.nextInt(PREFIXES.length)] + PREFIXES[random.nextInt(PREFIXES.length)] + " "
						+ KINDS[random.nextInt(KINDS.length)] + " " + k;
				organizations.add(new Object[] { name, number, number, region[0], region[1], region[0] + " " + region[1]
						+ " 이음로 " + (k % 300 + 1), String.valueOf((char) ('A' + random.nextInt(21))),
						BUSINESS[random.nextInt(BUSINESS.length)], random.nextInt(20) == 0 ? "CLOSED" : "ACTIVE", now, now });
				numbers.add(number);
				centerOf.put(number, centers.get(random.nextInt(centers.size())));
			}
			jdbc.batchUpdate("insert into enterprises_organization (name, business_number_raw, business_number, sido, sigungu,"
					+ " road_address, industry, main_business, status, created_at, updated_at, version)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", organizations);
			List<Map<String, Object>> ids = jdbc.queryForList("select id, business_number from enterprises_organization"
					+ " where business_number between ? and ?", numbers.get(0), numbers.get(numbers.size() - 1));
			List<Object[]> links = new ArrayList<>();
			List<Object[]> products = new ArrayList<>();
			List<Object[]> designations = new ArrayList<>();
			for (Map<String, Object> row : ids) {
				long id = ((Number) row.get("id")).longValue();
				Long center = centerOf.get((String) row.get("business_number"));
				if (center == null) {
					continue;
				}
				links.add(new Object[] { id, center });
				for (int p = 0; p < 3; p++) {
					String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
					products.add(new Object[] { id, product, product + "입니다. " + BUSINESS[random.nextInt(BUSINESS.length)],
							now });
				}
				LocalDate on = LocalDate.of(2015 + random.nextInt(11), 1 + random.nextInt(12), 1);
				designations.add(new Object[] { id, types[random.nextInt(types.length)].name(), Date.valueOf(on),
						random.nextInt(5) == 0 ? Date.valueOf(on.plusYears(3)) : null, now });
			}
			jdbc.batchUpdate("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", links);
			jdbc.batchUpdate("insert into enterprises_product (organization_id, name, description, created_at)"
					+ " values (?, ?, ?, ?)", products);
			jdbc.batchUpdate("insert into enterprises_designation (organization_id, type, designated_on, valid_until, status,"
					+ " source, created_at) values (?, ?, ?, ?, 'ACTIVE', 'BENCH', ?)", designations);
		}
	}
}
