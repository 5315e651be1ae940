package org.ieum.content.gnuboard;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private MariaDB server for the Gnuboard import tests, started once per test run from
 * Debian's {@code mariadb-server} binaries in a temporary directory on a free port (no Docker,
 * nothing shared with a MariaDB the machine may run), and stopped when the run ends. Each test
 * makes its own database. Without the binaries the test class is skipped, unless
 * {@code IEUM_REQUIRE_MARIADB=true} (CI), where it fails.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final MariaDbServer mariadb = new MariaDbServer();
 * </pre>
 */
final class MariaDbServer implements ExecutionCondition, BeforeAllCallback {

	static final String REQUIRE_ENV = "IEUM_REQUIRE_MARIADB";
	static final String USER = "gnuboard";
	static final String PASSWORD = "g5-Secret-2026";

	private static final Path MARIADBD = Path.of(System.getProperty("ieum.mariadbd", "/usr/sbin/mariadbd"));
	private static final Path INSTALL_DB = Path.of(System.getProperty("ieum.mariadb-install-db", "/usr/bin/mariadb-install-db"));
	private static final String INSTALL_HINT = "The Gnuboard import tests need Debian's mariadb-server package"
			+ " (apt-get install mariadb-server).";
	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbServer.class);
	private static final AtomicInteger DATABASES = new AtomicInteger();

	private Running running;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		Optional<String> missing = missingBinary();
		if (missing.isEmpty() || required()) {
			return ConditionEvaluationResult.enabled("mariadbd present or required");
		}
		return ConditionEvaluationResult.disabled("Skipped: " + missing.get() + " " + INSTALL_HINT + " Set " + REQUIRE_ENV
				+ "=true to make a missing MariaDB fail the build.");
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		Optional<String> missing = missingBinary();
		if (missing.isPresent()) {
			fail(missing.get() + " " + INSTALL_HINT + " " + REQUIRE_ENV + "=true, so a missing MariaDB is a failure.");
		}
		running = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Running.class, type -> Running.start(), Running.class);
	}

	private static boolean required() {
		return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
	}

	private static Optional<String> missingBinary() {
		for (Path binary : List.of(MARIADBD, INSTALL_DB)) {
			if (!Files.isExecutable(binary)) {
				return Optional.of(binary + " is missing.");
			}
		}
		return Optional.empty();
	}

	int port() {
		return running.port;
	}

	/** A new empty database the test user may use, with the scripts run in it; its JDBC URL. */
	String database(String... scripts) {
		String name = "g5_test_" + DATABASES.incrementAndGet();
		try (Connection root = running.root(); Statement statement = root.createStatement()) {
			statement.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
			statement.execute("grant all privileges on " + name + ".* to '" + USER + "'@'127.0.0.1'");
			statement.execute("use " + name);
			for (String script : scripts) {
				for (String sql : statements(script)) {
					statement.execute(sql);
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not load the test database: " + ex.getMessage(), ex);
		}
		return url(name);
	}

	String url(String database) {
		return "jdbc:mariadb://127.0.0.1:" + running.port + "/" + database;
	}

	/** Runs statements in a database as root (to break it on purpose). */
	void execute(String url, String... sqls) {
		try (Connection connection = DriverManager.getConnection(url, "root", ""); Statement statement = connection.createStatement()) {
			for (String sql : sqls) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A test resource as text; {@code {bo_table}} in it is replaced by the given name. */
	static String resource(String name, String boTable) {
		try (var in = MariaDbServer.class.getResourceAsStream("/gnuboard/" + name)) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return boTable == null ? text : text.replace("{bo_table}", boTable);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> statements(String script) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\n")) {
			if (line.strip().startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (line.strip().endsWith(";")) {
				String sql = current.toString().strip();
				result.add(sql.substring(0, sql.length() - 1));
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().strip());
		}
		return result;
	}

	/** The server process and its files; closed (stopped and deleted) when the test run ends. */
	static final class Running implements AutoCloseable {

		private final Path directory;
		private final int port;
		private final Process process;

		private Running(Path directory, int port, Process process) {
			this.directory = directory;
			this.port = port;
			this.process = process;
		}

		static Running start() {
			try {
				Path directory = Files.createTempDirectory("ieum-mariadb-");
				Path data = directory.resolve("data");
				boolean root = "root".equals(System.getProperty("user.name"));
				List<String> install = new ArrayList<>(List.of(INSTALL_DB.toString(), "--no-defaults", "--datadir=" + data,
						"--auth-root-authentication-method=normal", "--skip-test-db"));
				if (root) {
					install.add("--user=root");
				}
				Process installing = new ProcessBuilder(install).redirectErrorStream(true)
					.redirectOutput(directory.resolve("install.log").toFile())
					.start();
				if (!installing.waitFor(120, TimeUnit.SECONDS) || installing.exitValue() != 0) {
					installing.destroyForcibly();
					throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(directory.resolve("install.log")));
				}
				int port;
				try (ServerSocket socket = new ServerSocket(0)) {
					port = socket.getLocalPort();
				}
				List<String> server = new ArrayList<>(List.of(MARIADBD.toString(), "--no-defaults", "--datadir=" + data,
						"--socket=" + directory.resolve("s"), "--port=" + port, "--bind-address=127.0.0.1",
						"--skip-name-resolve", "--innodb-buffer-pool-size=16M", "--pid-file=" + directory.resolve("pid"),
						"--log-error=" + directory.resolve("server.log")));
				if (root) {
					server.add("--user=root");
				}
				Process process = new ProcessBuilder(server).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
				Running running = new Running(directory, port, process);
				running.awaitConnections();
				try (Connection connection = running.root(); Statement statement = connection.createStatement()) {
					statement.execute("create user '" + USER + "'@'127.0.0.1' identified by '" + PASSWORD + "'");
				}
				return running;
			}
			catch (IOException | SQLException ex) {
				throw new IllegalStateException("could not start MariaDB: " + ex.getMessage(), ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private void awaitConnections() throws InterruptedException, IOException {
			long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			SQLException last = null;
			while (System.nanoTime() < deadline) {
				if (!process.isAlive()) {
					throw new IllegalStateException("mariadbd stopped: " + log());
				}
				try (Connection connection = root()) {
					return;
				}
				catch (SQLException ex) {
					last = ex;
					Thread.sleep(200);
				}
			}
			close();
			throw new IllegalStateException("mariadbd did not accept connections within 60 s: " + last + " " + log());
		}

		private String log() throws IOException {
			Path log = directory.resolve("server.log");
			return Files.exists(log) ? Files.readString(log) : "";
		}

		Connection root() throws SQLException {
			return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?connectTimeout=2000", "root", "");
		}

		@Override
		public void close() {
			process.destroy();
			try {
				if (!process.waitFor(30, TimeUnit.SECONDS)) {
					process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
			}
			catch (IOException ex) {
				// a temporary directory left behind is harmless
			}
		}
	}
}
