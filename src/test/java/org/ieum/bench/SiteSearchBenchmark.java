package org.ieum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.ieum.IeumApplication;
import org.ieum.content.board.Post;
import org.ieum.content.search.SiteSearch;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Site search (통합검색) latency, run on demand by {@code bench/site-search.sh} (never by the
 * build). Starts the application with the demo network on a fresh H2 file database, writes
 * generated Korean posts into one board (Busan's 공지사항) through JDBC batches, builds the post
 * index, then times the whole search page's work (every kind: posts through the index, the
 * directory's organizations, courses, calls and spaces) for a set of Korean queries, at the
 * network root and in the Busan portal, after a warm-up. Server-side (service call), no HTTP.
 * Prints a Markdown table.
 * <p>
 * Argument: the number of generated posts (default 10,000).
 */
public final class SiteSearchBenchmark {

	static final String[] TOPICS = { "사회적경제", "마을기업", "협동조합", "사회적기업", "자활기업", "청년 창업", "공정무역", "로컬푸드",
			"돌봄 서비스", "업사이클링", "지역순환경제", "사회적 가치", "판로 지원", "공공구매", "교육 프로그램" };
	static final String[] WHAT = { "모집 공고", "설명회 개최 안내", "선정 결과 발표", "교육생 모집", "박람회 참가기업 모집", "지원사업 공고",
			"간담회 개최", "우수사례 공모", "컨설팅 신청 안내", "네트워크 파티" };
	static final String[] BODY = { "신청 기간은 공고일부터 이달 말까지이며 온라인으로 접수합니다.", "자세한 내용은 붙임 파일을 참고하시기 바랍니다.",
			"부산지역 사회적경제 조직의 성장을 돕기 위해 마련되었습니다.", "문의는 센터 담당자에게 전화로 해 주십시오.",
			"선정된 기업에는 사업비와 전문가 상담을 지원합니다.", "참가비는 없으며 선착순으로 마감합니다.",
			"청년과 여성, 어르신 일자리를 만드는 기업을 우대합니다.", "제출 서류는 사업계획서와 사업자등록증 사본입니다." };
	static final String[] QUERIES = { "협동조합", "사회적경제", "사회적 경제", "마을기업", "모집", "청년 창업", "설명회", "공정무역",
			"로컬푸드", "지원사업", "회의실", "교육", "돌봄", "판로", "우수사례 공모", "사업계획서", "사회적협동조합", "업사이클링",
			"공공구매", "네트워크" };

	private SiteSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path work = Files.createTempDirectory("ieum-site-search-bench");
		ConfigurableApplicationContext context = SpringApplication.run(IeumApplication.class, "--ieum.data-dir=" + work,
				"--server.port=0", "--logging.level.org.ieum=WARN", "--spring.main.banner-mode=off",
				// the benchmark builds the post index itself; the server's catch-up must not build it a second time
				"--ieum.content.search.index-check-interval=1h",
				// BENCH_REMEMBER=false: the directory's remembered answers (ADR 12) off, every organization search asks the index
				"--ieum.search.answer-cache-size=" + ("false".equals(System.getenv("BENCH_REMEMBER")) ? "0" : "1000"));
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		long board = jdbc.queryForObject("select id from content_board where center_id = ? and slug = 'notice'", Long.class,
				busan);
		long start = System.nanoTime();
		generate(jdbc, busan, board, count, new Random(42));
		double generatedSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		EntityManagerFactory emf = context.getBean(EntityManagerFactory.class);
		try (EntityManager em = emf.createEntityManager()) {
			Search.session(em).massIndexer(Post.class).threadsToLoadObjects(1).batchSizeToLoadObjects(200).startAndWait();
		}
		double indexSeconds = (System.nanoTime() - start) / 1e9;
		long posts = jdbc.queryForObject("select count(*) from content_post", Long.class);

		SiteSearch search = context.getBean(SiteSearch.class);
		org.ieum.shared.search.SiteSearchScope network = org.ieum.shared.search.SiteSearchScope.network();
		org.ieum.shared.search.SiteSearchScope portal = org.ieum.shared.search.SiteSearchScope.portal(busan, "busan");
		Random random = new Random(7);
		for (int i = 0; i < 200; i++) {
			search.search(i % 2 == 0 ? network : portal, QUERIES[random.nextInt(QUERIES.length)], null, "0");
		}
		StringBuilder table = new StringBuilder();
		table.append("| scope | page | searches | p50 | p95 | p99 | max |\n|---|---|---:|---:|---:|---:|---:|\n");
		for (String[] run : new String[][] { { "network (/search)", "all kinds" }, { "portal (/c/busan/search)", "all kinds" },
				{ "network (/search)", "posts tab, pages 1-3" }, { "portal (/c/busan/search)", "posts tab, pages 1-3" } }) {
			org.ieum.shared.search.SiteSearchScope scope = run[0].startsWith("network") ? network : portal;
			boolean tab = run[1].startsWith("posts");
			long[] nanos = new long[500];
			for (int i = 0; i < nanos.length; i++) {
				String q = QUERIES[random.nextInt(QUERIES.length)];
				long t = System.nanoTime();
				search.search(scope, q, tab ? "posts" : null, tab ? String.valueOf(random.nextInt(3)) : "0");
				nanos[i] = System.nanoTime() - t;
			}
			table.append(String.format("| %s | %s | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", run[0], run[1],
					nanos.length, ms(nanos, 50), ms(nanos, 95), ms(nanos, 99), ms(nanos, 100)));
		}
		table.append("\n| kind alone (portal, first page of 10) | p50 | p95 |\n|---|---:|---:|\n");
		for (org.ieum.shared.search.SiteSearchSource source : context
			.getBeansOfType(org.ieum.shared.search.SiteSearchSource.class).values()) {
			long[] nanos = new long[200];
			for (int i = 0; i < nanos.length; i++) {
				String q = QUERIES[random.nextInt(QUERIES.length)];
				long t = System.nanoTime();
				source.search(portal, q, 0, 10);
				nanos[i] = System.nanoTime() - t;
			}
			table.append(String.format("| %s | %.1f ms | %.1f ms |%n", source.kind(), ms(nanos, 50), ms(nanos, 95)));
		}
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.println();
		System.out.printf("System load average at the end: %.1f (2 cores).%n", load);
		System.out.printf("Site search benchmark, H2 (file), %d cores, %s, Java %s. %,d posts in all (%,d generated into"
				+ " Busan's 공지사항 in %.1f s), post index built in %.1f s. %d Korean queries, 200 warm-up searches, then 500"
				+ " timed per row; server-side (SiteSearch service call: every kind's source), no HTTP.%n%n",
				Runtime.getRuntime().availableProcessors(), LocalDate.now(), Runtime.version(), posts, count,
				generatedSeconds, indexSeconds, QUERIES.length);
		System.out.print(table);
		context.close();
	}

	private static double ms(long[] nanos, int percentile) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		int i = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, i)] / 1_000_000.0;
	}

	static void generate(JdbcTemplate jdbc, long center, long board, int count, Random random) {
		Instant base = Instant.now().minusSeconds(3600L * 24 * 365 * 3);
		int batch = 1_000;
		for (int from = 0; from < count; from += batch) {
			List<Object[]> rows = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + batch); i++) {
				String title = "[" + (2020 + i % 6) + "] " + TOPICS[random.nextInt(TOPICS.length)] + " "
						+ WHAT[random.nextInt(WHAT.length)] + " " + i;
				StringBuilder text = new StringBuilder();
				for (int s = 0; s < 6; s++) {
					text.append(BODY[random.nextInt(BODY.length)]).append(' ');
				}
				text.append(TOPICS[random.nextInt(TOPICS.length)]).append(" 관련 문의를 받습니다.");
				String body = text.toString().strip();
				Timestamp at = Timestamp.from(base.plusSeconds(i * 9_000L));
				rows.add(new Object[] { board, center, title, "<p>" + body + "</p>", body, at, at, at });
			}
			jdbc.batchUpdate("insert into content_post (board_id, center_id, title, body_html, body_text, pinned, publish_from,"
					+ " private_post, view_count, hidden, created_at, updated_at, version)"
					+ " values (?, ?, ?, ?, ?, false, ?, false, 0, false, ?, ?, 0)", rows);
		}
		// posts written with plain SQL: the board's kept number of listed posts is counted again, as BoardCounts does
		jdbc.update("update content_board set listed_posts = (select count(*) from content_post p where p.board_id = ?"
				+ " and p.hidden = false and p.private_post = false) where id = ?", board, board);
	}
}
