package org.ieum.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.ieum.IeumApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The server that {@code bench/board-load.sh} drives: the application with the demo network on a
 * fresh H2 file database, N generated Korean posts in one board (Busan's 공지사항, the site search
 * benchmark's generator), every remembered answer and page off. Prints the range of post numbers
 * and {@code READY <port>}, then serves until it is stopped.
 * <p>
 * Argument: the number of generated posts (default 10,000). Port: {@code BENCH_PORT} (default 18091).
 */
public final class BoardLoadServer {

	private BoardLoadServer() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
		Path work = Files.createTempDirectory("ieum-board-load");
		ConfigurableApplicationContext context = SpringApplication.run(IeumApplication.class, "--ieum.data-dir=" + work,
				"--server.port=" + System.getenv().getOrDefault("BENCH_PORT", "18091"), "--logging.level.org.ieum=WARN",
				"--spring.main.banner-mode=off",
				// the board pages are never remembered; the directory's answers and pages (ADR 12) are
				// turned off too, so that nothing any page shows comes from a remembered answer
				"--ieum.search.answer-cache-size=0", "--ieum.search.page-cache-size=0",
				// the post index is not what these pages read; its catch-up must not index the generated posts under load
				"--ieum.content.search.index-check-interval=1h");
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		long board = jdbc.queryForObject("select id from content_board where center_id = ? and slug = 'notice'", Long.class,
				busan);
		long before = jdbc.queryForObject("select coalesce(max(id), 0) from content_post", Long.class);
		SiteSearchBenchmark.generate(jdbc, busan, board, count, new Random(42));
		long last = jdbc.queryForObject("select max(id) from content_post", Long.class);
		long inBoard = jdbc.queryForObject("select count(*) from content_post where board_id = ?", Long.class, board);
		System.out.printf("Board load server: %,d posts in Busan's 공지사항 (%,d generated), post numbers %d-%d%n", inBoard,
				count, before + 1, last);
		System.out.println("POSTS " + (before + 1) + " " + last);
		System.out.println("READY " + ((WebServerApplicationContext) context).getWebServer().getPort());
		Thread.currentThread().join();
	}
}
