package org.ieum.content.gnuboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.ieum.content.ContentFixtures;
import org.ieum.shared.cli.Command;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import's own statements on real PostgreSQL: comments inserted with their generated ids,
 * the remembered boards and rows (with and without an old host), a second run that adds
 * nothing, and the old address found again.
 */
@IeumPostgresTest
class GnuboardPostgresTests {

	@RegisterExtension
	static final MariaDbServer mariadb = new MariaDbServer();

	@Autowired
	List<Command> commands;

	@Autowired
	OldLinks links;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path files;

	String run(String url, String... more) {
		System.setProperty(GnuboardImportTests.PASSWORD_VARIABLE, MariaDbServer.PASSWORD);
		Command command = commands.stream().filter(c -> c.name().equals("import gnuboard")).findFirst().orElseThrow();
		StringWriter text = new StringWriter();
		List<String> args = new java.util.ArrayList<>(List.of("--center", "jeonbuk", "--db", url, "--db-user",
				MariaDbServer.USER, "--db-password-env", GnuboardImportTests.PASSWORD_VARIABLE));
		args.addAll(List.of(more));
		assertThat(command.run(args, new PrintWriter(text, true))).as(text.toString()).isZero();
		List<String> lines = text.toString().lines().toList();
		return lines.get(lines.size() - 1);
	}

	@Test
	void aSiteMovesInOnceOnPostgresql() throws Exception {
		String url = mariadb.database(GnuboardImportTests.site("notice", "gallery", "qa"),
				MariaDbServer.resource("site.sql", null));
		Files.createDirectories(files.resolve("notice"));
		Files.createDirectories(files.resolve("gallery"));
		Files.write(files.resolve("notice/2093847_a1b2c3.pdf"), ContentFixtures.pdf());
		Files.write(files.resolve("gallery/3984756_f0e1d2.png"), GnuboardImportTests.png());

		assertThat(run(url, "--files", files.toString(), "--host", "old-jeonbuk.example"))
			.isEqualTo("boards=3 posts=7 comments=2 files=2 skipped=6");
		assertThat(run(url, "--files", files.toString())).isEqualTo("boards=3 posts=0 comments=0 files=0 skipped=4");

		long center = jdbc.queryForObject("select id from centers_center where slug = 'jeonbuk'", Long.class);
		assertThat(jdbc.queryForObject("select count(*) from content_comment c join content_gnuboard_row r on r.comment_id = c.id "
				+ "where r.center_id = ?", Long.class, center)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select old_host from content_gnuboard_board where center_id = ? and bo_table = 'qa'",
				String.class, center)).as("a run without --host keeps the host given before").isEqualTo("old-jeonbuk.example");
		long post = jdbc.queryForObject("select post_id from content_gnuboard_row where center_id = ? and bo_table = 'notice' and wr_id = 2",
				Long.class, center);
		assertThat(links.find("old-jeonbuk.example", "notice", "4")).contains("/c/jeonbuk/boards/notice-2/" + post);
	}
}
