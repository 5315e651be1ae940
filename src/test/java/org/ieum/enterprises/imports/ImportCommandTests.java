package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ieum.enterprises.imports.ImportFiles.freshNumber;
import static org.ieum.enterprises.imports.ImportFiles.wrongCheckDigit;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.ieum.shared.cli.Command;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code import organizations} as an operator runs it: its report, its last line and its exit code. */
@IeumSpringTest
class ImportCommandTests {

	@Autowired
	List<Command> commands;

	@Autowired
	JdbcTemplate jdbc;

	record Result(int code, List<String> lines) {

		String last() {
			return lines.get(lines.size() - 1);
		}
	}

	Result run(String... args) {
		Command command = commands.stream().filter(c -> c.name().equals("import organizations")).findFirst().orElseThrow();
		StringWriter text = new StringWriter();
		int code = command.run(List.of(args), new PrintWriter(text, true));
		return new Result(code, text.toString().lines().toList());
	}

	int count(String formattedNumber) {
		return jdbc.queryForObject("select count(*) from enterprises_organization where business_number = ?", Integer.class,
				formattedNumber.replace("-", ""));
	}

	Path list(List<List<String>> rows) {
		List<List<String>> all = new ArrayList<>();
		all.add(List.of("광역센터 공개 목록"));
		all.add(OrganizationImportsTests.CENTER_WITH_NUMBER);
		all.addAll(rows);
		return ImportFiles.csv("list.csv", all, TableFile.CP949, false);
	}

	static List<String> row(String name, String number) {
		return List.of("사회적기업/사회적협동조합", name, "", "", "부산 연제구 " + name, "연제구", "", "", "", "2022", number);
	}

	@Test
	void aCleanFileImportsExitsZeroAndTheSecondRunChangesNothing() {
		String first = freshNumber();
		String second = freshNumber();
		Path file = list(List.of(row(OrganizationImportsTests.unique("하나"), first),
				row(OrganizationImportsTests.unique("둘"), second)));

		Result result = run("--center", "busan", file.toString());

		assertThat(result.code()).isZero();
		assertThat(result.last()).isEqualTo("created=2 updated=0 unchanged=0 rejected=0");
		assertThat(count(first)).isOne();
		assertThat(count(second)).isOne();

		Result again = run("--center", "busan", file.toString());
		assertThat(again.code()).isZero();
		assertThat(again.last()).isEqualTo("created=0 updated=0 unchanged=2 rejected=0");
	}

	@Test
	void rejectedRowsImportNothingAndExitTwoUnlessOnlyValidRowsAreAskedFor() {
		String good = freshNumber();
		String typo = wrongCheckDigit(freshNumber());
		Path file = list(List.of(row(OrganizationImportsTests.unique("좋은"), good),
				row(OrganizationImportsTests.unique("나쁜"), typo)));

		Result refused = run("--center", "busan", file.toString());

		assertThat(refused.code()).isEqualTo(Command.REFUSED);
		assertThat(refused.lines()).anySatisfy(l -> assertThat(l).startsWith("4행 ").contains("사업자등록번호가 올바르지 않습니다"));
		assertThat(refused.last()).isEqualTo("created=1 updated=0 unchanged=0 rejected=1");
		assertThat(count(good)).isZero();

		Result dryRun = run("--center", "busan", "--dry-run", "--valid-rows-only", file.toString());
		assertThat(dryRun.code()).isZero();
		assertThat(count(good)).as("a dry run imports nothing").isZero();

		Result valid = run("--center", "busan", "--valid-rows-only", file.toString());
		assertThat(valid.code()).isZero();
		assertThat(valid.last()).isEqualTo("created=1 updated=0 unchanged=0 rejected=1");
		assertThat(count(good)).isOne();
	}

	@Test
	void refusedFilesAndWrongUsageExitWithoutChangingAnything() {
		Path png = ImportFiles.write("list.csv", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13,
				'I', 'H', 'D', 'R' });
		Result refused = run("--center", "busan", png.toString());
		assertThat(refused.code()).isEqualTo(Command.REFUSED);
		assertThat(refused.lines().get(0)).contains("CSV 또는 XLSX 파일이 아닙니다");
		assertThat(refused.last()).isEqualTo("created=0 updated=0 unchanged=0 rejected=0");

		String number = freshNumber();
		Path cp949 = list(List.of(row(OrganizationImportsTests.unique("인코딩"), number)));
		assertThat(run("--center", "busan", "--encoding", "utf-8", cp949.toString()).code()).isEqualTo(Command.REFUSED);
		assertThat(count(number)).isZero();
		assertThat(run("--center", "busan", "--encoding", "cp949", cp949.toString()).code()).isZero();
		assertThat(count(number)).isOne();

		assertThat(run("--center", "busan").code()).isEqualTo(Command.USAGE);
		assertThat(run("--center", "busan", "--force", cp949.toString()).code()).isEqualTo(Command.USAGE);
		assertThat(run("--center", "nowhere", cp949.toString()).lines().get(0)).contains("센터를 찾을 수 없습니다");
		assertThat(run("--center", "busan", "missing.csv").code()).isEqualTo(Command.USAGE);
	}

	/**
	 * Once for real: the application's main method in its own JVM, on its own in-memory
	 * database with the demo centers, as {@code java -jar ieum.jar import organizations} runs.
	 */
	@Test
	void theCommandRunsAsItsOwnProcess() throws Exception {
		String number = freshNumber();
		String typo = wrongCheckDigit(freshNumber());
		Path file = list(List.of(row(OrganizationImportsTests.unique("별도"), number),
				row(OrganizationImportsTests.unique("오류"), typo)));
		Path output = Files.createTempFile("import-cli", ".txt");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// the server's port is taken (by this test, or already by a running server): the command needs no port
		ServerSocket holder = null;
		try {
			holder = new ServerSocket(8080);
		}
		catch (IOException alreadyTaken) {
			// taken by another process: just as good
		}
		List<String> lines;
		try {
			Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp",
					System.getProperty("java.class.path"), "org.ieum.IeumApplication", "import", "organizations", "--center",
					"busan", "--valid-rows-only",
					"--spring.datasource.url=jdbc:h2:mem:cli;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
					"--ieum.data-dir=target/test-data/cli", "--ieum.demo.enabled=true", file.toAbsolutePath().toString())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the command finishes").isTrue();
			lines = Files.readAllLines(output, StandardCharsets.UTF_8);
			assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
		}
		finally {
			if (holder != null) {
				holder.close();
			}
		}
		// a library logs a line while its classes load, before logging is configured; from the start of the
		// application on, only the report is printed
		List<String> report = lines.subList(lines.indexOf(lines.stream().filter(l -> l.startsWith("목록 종류: ")).findFirst()
			.orElseThrow()), lines.size());
		assertThat(lines).as("no web server, no application log").noneMatch(l -> l.contains("Tomcat")
				|| l.contains(" WARN ") || l.contains("Started IeumApplication") || l.contains("Flyway"));
		assertThat(report).allMatch(l -> !l.contains(" INFO ") && !l.contains(" ERROR "));
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("4행 ").contains(typo));
		assertThat(lines.get(lines.size() - 1)).isEqualTo("created=1 updated=0 unchanged=0 rejected=1");
	}
}
