package org.ieum.content.gnuboard;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.content.gnuboard.GnuboardReport.BoardLine;
import org.ieum.shared.cli.Command;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ieum.jar import gnuboard --center <slug> --db <jdbc url> --db-user <user>
 * --db-password-env <VAR> [--files <data/file directory>] [--map bo_table=kind-or-board,...]
 * [--host <old site host>] [--dry-run]}: moves a Gnuboard5 site's boards into a center (see
 * {@link GnuboardImports}). It prints a line per board, every row or file left behind, and
 * ends with {@code boards=N posts=N comments=N files=N skipped=N}. Exit 0 when it ran (for a
 * dry run: would run); 2 when the database cannot be read or an option names something that
 * does not exist, and then nothing was written; 64 for wrong usage. The password is read from
 * the named environment variable so that it never shows in the process list.
 */
@Component
class ImportGnuboardCommand implements Command {

	private static final Locale KOREAN = Locale.KOREAN;

	private final GnuboardImports imports;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Environment environment;

	ImportGnuboardCommand(GnuboardImports imports, CentersApi centers, MessageSource messages, Environment environment) {
		this.imports = imports;
		this.centers = centers;
		this.messages = messages;
		this.environment = environment;
	}

	@Override
	public String name() {
		return "import gnuboard";
	}

	@Override
	public String usage() {
		return "--center <slug> --db <jdbc:mariadb://...> --db-user <user> --db-password-env <VAR> [--files <data/file>] "
				+ "[--map bo_table=kind-or-board,...] [--host <old site host>] [--dry-run]";
	}

	record Options(String center, String db, String user, String passwordEnv, String files, Map<String, String> map,
			String host, boolean dryRun) {
	}

	static Optional<Options> parse(List<String> args) {
		Map<String, String> values = new LinkedHashMap<>();
		boolean dryRun = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--center", "--db", "--db-user", "--db-password-env", "--files", "--map", "--host" -> {
					if (++i >= args.size() || values.containsKey(arg)) {
						return Optional.empty();
					}
					values.put(arg, args.get(i));
				}
				case "--dry-run" -> dryRun = true;
				default -> {
					return Optional.empty();
				}
			}
		}
		if (!values.containsKey("--center") || !values.containsKey("--db") || !values.containsKey("--db-user")) {
			return Optional.empty();
		}
		Map<String, String> map = new LinkedHashMap<>();
		String mapping = values.getOrDefault("--map", "");
		for (String pair : mapping.split(",")) {
			if (pair.isBlank()) {
				continue;
			}
			String[] parts = pair.split("=", 2);
			if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank() || map.containsKey(parts[0].strip())) {
				return Optional.empty();
			}
			map.put(parts[0].strip(), parts[1].strip());
		}
		return Optional.of(new Options(values.get("--center"), values.get("--db"), values.get("--db-user"),
				values.get("--db-password-env"), values.get("--files"), map, values.get("--host"), dryRun));
	}

	@Override
	public int run(List<String> args, PrintWriter out) {
		Optional<Options> parsed = parse(args);
		if (parsed.isEmpty()) {
			out.println(text("gnuboard.cli.usage"));
			out.flush();
			return USAGE;
		}
		Options options = parsed.get();
		Optional<CenterSummary> center = centers.findBySlug(options.center());
		if (center.isEmpty()) {
			return refused(out, "gnuboard.error.center", options.center());
		}
		String password = "";
		if (options.passwordEnv() != null) {
			password = environment.getProperty(options.passwordEnv());
			if (password == null) {
				return refused(out, "gnuboard.error.passwordEnv", options.passwordEnv());
			}
		}
		Path files = null;
		if (options.files() != null) {
			files = Path.of(options.files());
			if (!Files.isDirectory(files)) {
				return refused(out, "gnuboard.error.files", options.files());
			}
		}
		GnuboardReport report;
		GnuboardSource source = null;
		try {
			source = open(options, password);
			report = imports.run(new GnuboardImports.Request(center.get().id(), center.get().slug(), options.map(), files,
					options.host(), options.dryRun()), source);
		}
		catch (GnuboardRefused ex) {
			return refused(out, ex.messageKey(), ex.args());
		}
		finally {
			closeQuietly(source);
		}
		print(report, out);
		return OK;
	}

	private GnuboardSource open(Options options, String password) {
		try {
			return GnuboardSource.open(options.db(), options.user(), password);
		}
		catch (SQLException ex) {
			throw new GnuboardRefused("gnuboard.error.connect", options.db(), ex.getMessage());
		}
	}

	private static void closeQuietly(GnuboardSource source) {
		if (source == null) {
			return;
		}
		try {
			source.close();
		}
		catch (SQLException ex) {
			// only read from: closing it cannot lose anything
		}
	}

	private void print(GnuboardReport report, PrintWriter out) {
		for (BoardLine line : report.boards()) {
			if (!line.imported()) {
				continue;
			}
			out.println(text("gnuboard.cli.board", line.table(), line.href(), line.name(),
					text("content.kind." + line.kind().name()),
					text(line.created() ? "gnuboard.cli.newBoard" : "gnuboard.cli.existingBoard"),
					String.valueOf(line.posts()), String.valueOf(line.comments()), String.valueOf(line.files()),
					String.valueOf(line.skipped()), String.valueOf(line.existing())));
		}
		report.skipped().forEach(out::println);
		if (report.filesNotCopied() > 0) {
			out.println(text("gnuboard.cli.filesNotCopied", String.valueOf(report.filesNotCopied())));
		}
		if (report.dryRun()) {
			out.println(text("gnuboard.cli.dryRun"));
		}
		out.println(report.summaryLine());
		out.flush();
	}

	private int refused(PrintWriter out, String key, Object... args) {
		out.println(text(key, args));
		out.println("boards=0 posts=0 comments=0 files=0 skipped=0");
		out.flush();
		return REFUSED;
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, KOREAN);
	}
}
