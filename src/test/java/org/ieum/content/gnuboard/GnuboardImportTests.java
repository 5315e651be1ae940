package org.ieum.content.gnuboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.ieum.content.ContentFixtures;
import org.ieum.shared.cli.Command;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code import gnuboard} against a real MariaDB loaded with a small Gnuboard5 site: what
 * moves over and what is left behind (named), secrets kept private, bodies sanitized, no
 * member's name or e-mail on a public page, a dry run and a second run that write nothing,
 * a database that cannot be read, and the old addresses answering with a redirect.
 */
@IeumSpringTest
class GnuboardImportTests {

	@RegisterExtension
	static final MariaDbServer mariadb = new MariaDbServer();

	static final String PASSWORD_VARIABLE = "IEUM_TEST_GNUBOARD_PASSWORD";

	@Autowired
	List<Command> commands;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@TempDir
	Path files;

	record Result(int code, List<String> lines) {

		String last() {
			return lines.get(lines.size() - 1);
		}

		String text() {
			return String.join("\n", lines);
		}
	}

	Result run(String... args) {
		System.setProperty(PASSWORD_VARIABLE, MariaDbServer.PASSWORD);
		Command command = commands.stream().filter(c -> c.name().equals("import gnuboard")).findFirst().orElseThrow();
		StringWriter text = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(text, true));
		return new Result(code, text.toString().lines().toList());
	}

	Result importInto(String center, String url, String... more) {
		List<String> args = new ArrayList<>(List.of("--center", center, "--db", url, "--db-user", MariaDbServer.USER,
				"--db-password-env", PASSWORD_VARIABLE));
		args.addAll(List.of(more));
		return run(args.toArray(String[]::new));
	}

	static String site(String... writeTables) {
		StringBuilder script = new StringBuilder(MariaDbServer.resource("schema.sql", null));
		for (String table : writeTables) {
			script.append('\n').append(MariaDbServer.resource("write_table.sql", table));
		}
		return script.toString();
	}

	/** Gnuboard's data/file directory: a real PDF and PNG, and a program named .hwp; 포스터.pdf is missing. */
	Path dataFile() throws IOException {
		Files.createDirectories(files.resolve("notice"));
		Files.createDirectories(files.resolve("gallery"));
		Files.write(files.resolve("notice/2093847_a1b2c3.pdf"), ContentFixtures.pdf());
		byte[] program = new byte[512];
		program[0] = 'M';
		program[1] = 'Z';
		program[0x3c] = (byte) 0x80;
		program[0x80] = 'P';
		program[0x81] = 'E';
		Files.write(files.resolve("notice/2093847_d4e5f6.hwp"), program);
		Files.write(files.resolve("gallery/3984756_f0e1d2.png"), png());
		return files;
	}

	static byte[] png() {
		BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0x336699);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	long imported(String center) {
		return jdbc.queryForObject("select count(*) from content_post where center_id = ? and origin like 'gnuboard:%'",
				Long.class, centerId(center));
	}

	long boardsOf(String center) {
		return jdbc.queryForObject("select count(*) from content_board where center_id = ?", Long.class, centerId(center));
	}

	long storedFiles() throws IOException {
		Path area = Path.of("target/test-data/files/content");
		if (!Files.isDirectory(area)) {
			return 0;
		}
		try (Stream<Path> stored = Files.walk(area)) {
			return stored.filter(Files::isRegularFile).count();
		}
	}

	long postId(String center, String table, long wrId) {
		return jdbc.queryForObject("select id from content_post where center_id = ? and origin = ? and origin_id = ?",
				Long.class, centerId(center), "gnuboard:" + table, String.valueOf(wrId));
	}

	@Test
	void aGnuboardSiteMovesInOnceWithItsDatesSecretsAndAttachmentsAndItsOldLinksRedirect() throws Exception {
		String url = mariadb.database(site("notice", "gallery", "qa"), MariaDbServer.resource("site.sql", null));
		Path data = dataFile();
		long boardsBefore = boardsOf("gunsan");
		long filesBefore = storedFiles();

		Result dryRun = importInto("gunsan", url, "--files", data.toString(), "--map", "notice=notice", "--dry-run");

		assertThat(dryRun.code()).isZero();
		assertThat(dryRun.last()).isEqualTo("boards=3 posts=7 comments=2 files=2 skipped=6");
		assertThat(imported("gunsan")).as("a dry run writes no post").isZero();
		assertThat(boardsOf("gunsan")).as("nor a board").isEqualTo(boardsBefore);
		assertThat(storedFiles()).as("nor a file").isEqualTo(filesBefore);
		assertThat(jdbc.queryForObject("select count(*) from content_gnuboard_board where center_id = ?", Long.class,
				centerId("gunsan"))).isZero();

		Result result = importInto("gunsan", url, "--files", data.toString(), "--map", "notice=notice");

		assertThat(result.code()).isZero();
		assertThat(result.last()).isEqualTo("boards=3 posts=7 comments=2 files=2 skipped=6");
		assertThat(result.lines()).as("the dry run printed the same report")
			.containsAll(dryRun.lines().stream().filter(l -> !l.contains("--dry-run")).toList());
		assertThat(result.lines()).contains(
				"notice → /c/gunsan/boards/notice (공지사항, 공지사항, 있던 게시판): 글 4, 댓글 1, 첨부파일 1, 건너뜀 5, 이미 옮긴 글과 댓글 0",
				"gallery → /c/gunsan/boards/gallery-2 (활동 사진, 갤러리, 새 게시판): 글 1, 댓글 0, 첨부파일 1, 건너뜀 0, 이미 옮긴 글과 댓글 0",
				"qa → /c/gunsan/boards/qa (질문답변, 1:1 문의, 새 게시판): 글 2, 댓글 1, 첨부파일 0, 건너뜀 0, 이미 옮긴 글과 댓글 0",
				"건너뜀: g5_write_notice wr_id=5: wr_parent 99이(가) 가리키는 글이 없습니다.",
				"건너뜀: g5_write_notice wr_id=6: 제목이 비어 있습니다.",
				"건너뜀: g5_write_notice wr_id=7: 작성일이 올바르지 않습니다 (0000-00-00 00:00:00).",
				"건너뜀: 게시판 ghost: g5_write_ghost 테이블이 없습니다.");
		assertThat(result.lines()).anySatisfy(l -> assertThat(l).startsWith("건너뜀: g5_board_file notice wr_id=2 bf_no=1 (지원서.hwp): ")
			.contains("내용이 파일 이름의 형식과 다릅니다"));
		assertThat(result.lines()).anySatisfy(l -> assertThat(l).startsWith("건너뜀: g5_board_file notice wr_id=2 bf_no=2 (포스터.pdf): 파일이 없습니다: ")
			.endsWith("2093847_gone.pdf"));

		assertThat(imported("gunsan")).isEqualTo(7);
		long first = postId("gunsan", "notice", 1);
		assertThat(jdbc.queryForMap("select title, category, pinned, view_count, publish_from, author_name, private_post from content_post where id = ?", first))
			.containsEntry("title", "2019년 사업 안내")
			.containsEntry("category", "일반")
			.containsEntry("pinned", false)
			.containsEntry("view_count", 120L)
			.containsEntry("author_name", null)
			.containsEntry("private_post", false);
		assertThat(jdbc.queryForObject("select publish_from from content_post where id = ?", Instant.class, first))
			.as("wr_datetime is Seoul time").isEqualTo(Instant.parse("2019-03-04T00:30:00Z"));
		String html = jdbc.queryForObject("select body_html from content_post where id = ?", String.class, first);
		assertThat(html).contains("2019년 사업을 안내합니다.", "https://example.org/2019")
			.doesNotContain("<script", "onerror", "javascript:", "alert(1)");
		long pinned = postId("gunsan", "notice", 2);
		assertThat(jdbc.queryForObject("select pinned from content_post where id = ?", Boolean.class, pinned)).isTrue();
		assertThat(jdbc.queryForObject("select body_html from content_post where id = ?", String.class, pinned))
			.as("a plain body becomes paragraphs, its tags shown as text")
			.isEqualTo("<p>센터와 함께할 활동가를 찾습니다.</p><p>&lt;b&gt;지원 방법&lt;/b&gt;은 첨부를 보세요.</p>");
		assertThat(jdbc.queryForList("select file_name from content_attachment where post_id = ?", String.class, pinned))
			.containsExactly("채용 안내문.pdf");
		assertThat(jdbc.queryForObject("select private_post from content_post where id = ?", Boolean.class,
				postId("gunsan", "notice", 8))).as("a secret post stays private").isTrue();
		assertThat(jdbc.queryForObject("select count(*) from content_post where center_id = ? and origin = 'gnuboard:qa' and private_post = true",
				Long.class, centerId("gunsan"))).isEqualTo(2);
		assertThat(jdbc.queryForObject("select count(*) from content_post where center_id = ? and origin like 'gnuboard:%' "
				+ "and (author_name is not null or author_account_id is not null or body_text like '%hong@example.com%' or body_text like '%김철수%')",
				Long.class, centerId("gunsan"))).as("no member's name or e-mail").isZero();
		assertThat(jdbc.queryForList("select c.author_name from content_comment c join content_post p on p.id = c.post_id "
				+ "where p.center_id = ? and p.origin like 'gnuboard:%'", String.class, centerId("gunsan")))
			.containsExactly("이전 홈페이지 이용자", "이전 홈페이지 이용자");
		assertThat(storedFiles()).isEqualTo(filesBefore + 2);

		Result again = importInto("gunsan", url, "--files", data.toString(), "--map", "notice=notice");
		assertThat(again.code()).isZero();
		assertThat(again.last()).as("a second run creates nothing").isEqualTo("boards=3 posts=0 comments=0 files=0 skipped=4");
		assertThat(again.lines()).contains(
				"notice → /c/gunsan/boards/notice (공지사항, 공지사항, 있던 게시판): 글 0, 댓글 0, 첨부파일 0, 건너뜀 3, 이미 옮긴 글과 댓글 5");
		assertThat(imported("gunsan")).isEqualTo(7);
		assertThat(boardsOf("gunsan")).isEqualTo(boardsBefore + 2);
		assertThat(storedFiles()).isEqualTo(filesBefore + 2);

		mvc.perform(get("/bbs/board.php").param("bo_table", "notice").param("wr_id", "1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gunsan/boards/notice/" + first));
		mvc.perform(get("/bbs/board.php").param("bo_table", "notice").param("wr_id", "4"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gunsan/boards/notice/" + pinned));
		mvc.perform(get("/bbs/board.php").param("bo_table", "gallery"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gunsan/boards/gallery-2"));
		mvc.perform(get("/c/gunsan/boards/notice/" + first))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2019년 사업을 안내합니다.")));
		mvc.perform(get("/c/gunsan/boards/notice/" + postId("gunsan", "notice", 8))).andExpect(status().isForbidden());
		mvc.perform(get("/bbs/board.php").param("bo_table", "notice").param("wr_id", "6"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("새 홈페이지로 옮겨 오지 않았습니다")));
		mvc.perform(get("/bbs/board.php").param("bo_table", "nowhere")).andExpect(status().isNotFound());
	}

	@Test
	void aDatabaseThatCannotBeReadExitsTwoAndWritesNothing() {
		long boards = boardsOf("gimhae");
		String missingTable = mariadb.database(site("free"),
				"insert into g5_board (bo_table, bo_subject, bo_category_list, bo_notice) values ('free', '자유게시판', '', '')");
		mariadb.execute(missingTable, "drop table g5_board_file");

		Result unreadable = importInto("gimhae", missingTable);
		assertThat(unreadable.code()).isEqualTo(Command.REFUSED);
		assertThat(unreadable.lines().get(0)).startsWith("그누보드 데이터베이스를 읽을 수 없습니다 (cannot read the Gnuboard database)")
			.endsWith("아무것도 저장하지 않았습니다.");
		assertThat(boardsOf("gimhae")).as("the board made before the failed read is gone").isEqualTo(boards);

		Result closed = importInto("gimhae", "jdbc:mariadb://127.0.0.1:1/g5");
		assertThat(closed.code()).isEqualTo(Command.REFUSED);
		assertThat(closed.lines().get(0)).startsWith("그누보드 데이터베이스 jdbc:mariadb://127.0.0.1:1/g5에 연결할 수 없습니다 (cannot connect");
		assertThat(closed.last()).isEqualTo("boards=0 posts=0 comments=0 files=0 skipped=0");

		System.setProperty("IEUM_TEST_WRONG_PASSWORD", "wrong");
		Result wrongPassword = run("--center", "gimhae", "--db", missingTable, "--db-user", MariaDbServer.USER,
				"--db-password-env", "IEUM_TEST_WRONG_PASSWORD");
		assertThat(wrongPassword.code()).isEqualTo(Command.REFUSED);
		assertThat(wrongPassword.lines().get(0)).contains("연결할 수 없습니다");

		assertThat(importInto("gimhae", missingTable, "--map", "free=nonsense").code()).isEqualTo(Command.REFUSED);
		assertThat(run("--center", "gimhae", "--db", missingTable).code()).as("no user").isEqualTo(Command.USAGE);
		assertThat(run("--center", "gimhae", "--db", missingTable, "--db-user", "x", "--db-password-env", "IEUM_NO_SUCH_VARIABLE_SET")
			.lines().get(0)).contains("IEUM_NO_SUCH_VARIABLE_SET");
		assertThat(boardsOf("gimhae")).isEqualTo(boards);
	}

	/**
	 * The request's host counts only once the shared host check let it through (the old host
	 * belongs in {@code ieum.allowed-hosts}); in the tests that is {@code localhost}, the
	 * host of {@code ieum.base-url}, while any other host is read as that one.
	 */
	@Test
	void oldLinksGoToTheCenterWhoseOldHostTheyArriveOnElseTheMostRecentImport() throws Exception {
		String boards = "insert into g5_board (bo_table, bo_subject, bo_category_list, bo_notice) values "
				+ "('news', '센터 소식', '', ''), ('events', '행사', '', '');\n"
				+ "insert into g5_write_news (wr_id, wr_num, wr_parent, wr_subject, wr_content, wr_link1, wr_link2, wr_datetime) "
				+ "values (1, -1, 1, '소식 하나', '본문', '', '', '2022-01-05 10:00:00');\n"
				+ "insert into g5_write_events (wr_id, wr_num, wr_parent, wr_subject, wr_content, wr_link1, wr_link2, wr_datetime) "
				+ "values (1, -1, 1, '행사 하나', '본문', '', '', '2022-02-05 10:00:00')";
		String url = mariadb.database(site("news", "events"), boards);
		assertThat(importInto("gwangju", url, "--host", "www.localhost").code()).isZero();
		assertThat(importInto("gwangju-donggu", url, "--host", "old-donggu.example").code()).isZero();
		long gwangju = postId("gwangju", "news", 1);

		mvc.perform(get("http://localhost/bbs/board.php?bo_table=news&wr_id=1"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gwangju/boards/news/" + gwangju));
		mvc.perform(get("http://unlisted.example/bbs/board.php?bo_table=events"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gwangju/boards/events"));

		String other = mariadb.database(site("press"), "insert into g5_board (bo_table, bo_subject, bo_category_list, bo_notice) "
				+ "values ('press', '보도자료', '', '')");
		assertThat(importInto("gwangju", other).code()).isZero();
		assertThat(importInto("gwangju-donggu", other).code()).isZero();
		mvc.perform(get("/bbs/board.php?bo_table=press"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/c/gwangju-donggu/boards/press-2"));
	}
}
