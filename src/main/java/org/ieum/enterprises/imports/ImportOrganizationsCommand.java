package org.ieum.enterprises.imports;

import org.ieum.shared.imports.TableFile;
import org.ieum.shared.imports.ImportRefused;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ieum.jar import organizations --center <slug> [--dry-run] [--valid-rows-only]
 * [--encoding cp949|utf-8] <file>}: the same import as the staff pages, for lists too big to
 * upload and for scheduled batches. It prints the preview's report and ends with one line
 * {@code created=N updated=N unchanged=N rejected=N}. Exit 0 means the rows were imported
 * (for a dry run: would be); 2 means the file or some rows were refused and nothing changed.
 * It runs without a web server and leaves the search index to the server: the organizations
 * it wrote are recorded as owed to the index in its transaction, and the server indexes them.
 */
@Component
class ImportOrganizationsCommand implements Command {

	private static final Locale KOREAN = Locale.KOREAN;

	private final OrganizationImports imports;
	private final CentersApi centers;
	private final ReportMessages messages;

	ImportOrganizationsCommand(OrganizationImports imports, CentersApi centers, ReportMessages messages) {
		this.imports = imports;
		this.centers = centers;
		this.messages = messages;
	}

	@Override
	public String name() {
		return "import organizations";
	}

	@Override
	public String usage() {
		return "--center <slug> [--dry-run] [--valid-rows-only] [--encoding cp949|utf-8] <file>";
	}

	record Options(String center, boolean dryRun, boolean validRowsOnly, String encoding, String file) {
	}

	static Optional<Options> parse(List<String> args) {
		String center = null;
		String encoding = null;
		boolean dryRun = false;
		boolean validRowsOnly = false;
		List<String> files = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			switch (arg) {
				case "--center" -> {
					if (++i >= args.size()) {
						return Optional.empty();
					}
					center = args.get(i);
				}
				case "--encoding" -> {
					if (++i >= args.size()) {
						return Optional.empty();
					}
					encoding = args.get(i);
				}
				case "--dry-run" -> dryRun = true;
				case "--valid-rows-only" -> validRowsOnly = true;
				default -> {
					if (arg.startsWith("--")) {
						return Optional.empty();
					}
					files.add(arg);
				}
			}
		}
		if (center == null || files.size() != 1) {
			return Optional.empty();
		}
		return Optional.of(new Options(center, dryRun, validRowsOnly, encoding, files.get(0)));
	}

	@Override
	public int run(List<String> args, PrintWriter out) {
		Optional<Options> parsed = parse(args);
		if (parsed.isEmpty()) {
			out.println(messages.text("imports.cli.usage", KOREAN));
			return USAGE;
		}
		Options options = parsed.get();
		Optional<CenterSummary> center = centers.findBySlug(options.center());
		if (center.isEmpty()) {
			out.println(messages.text("imports.cli.unknownCenter", KOREAN, options.center()));
			return USAGE;
		}
		Path path = Path.of(options.file());
		if (!Files.isRegularFile(path)) {
			out.println(messages.text("imports.cli.noFile", KOREAN, options.file()));
			return USAGE;
		}
		ImportReport report;
		long started = System.nanoTime();
		try {
			Optional<Charset> encoding = TableFile.encodingNamed(options.encoding());
			TableFile file = TableFile.inspect(path, encoding);
			String fileName = path.getFileName().toString();
			report = options.dryRun() ? imports.preview(file, fileName, center.get().id())
					: imports.apply(file, fileName, center.get().id(), options.validRowsOnly(), row -> {
					}, done -> {
					});
		}
		catch (ImportRefused ex) {
			out.println(messages.text("imports.cli.refused", KOREAN, messages.text(ex.messageKey(), KOREAN)));
			out.println("created=0 updated=0 unchanged=0 rejected=0");
			return REFUSED;
		}
		print(report, out);
		boolean wouldImport = options.validRowsOnly() || report.rejected() == 0;
		if (options.dryRun()) {
			out.println(messages.text("imports.cli.dryRun", KOREAN));
		}
		else if (report.applied()) {
			out.println(messages.text("imports.cli.applied", KOREAN));
			out.println(messages.text("imports.cli.indexLater", KOREAN));
		}
		if (!wouldImport) {
			out.println(messages.text("imports.cli.notApplied", KOREAN));
		}
		out.println(messages.text("imports.cli.took", KOREAN,
				String.format(Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9)));
		out.println(report.summaryLine());
		out.flush();
		return wouldImport ? OK : REFUSED;
	}

	private void print(ImportReport report, PrintWriter out) {
		out.println(messages.text("imports.cli.list", KOREAN, messages.text("imports.list." + report.list(), KOREAN),
				String.valueOf(report.headerRow()), report.encoding() == null ? "XLSX" : report.encoding()));
		for (ReportMessages.RejectedLine line : messages.rejected(report, KOREAN)) {
			out.println(messages.text("imports.cli.rejected", KOREAN, String.valueOf(line.rowNumber()),
					line.name() == null ? "-" : line.name(), String.join("; ", line.reasons())));
		}
		if (report.rejectedNotShown() > 0) {
			out.println(messages.text("imports.cli.rejectedMore", KOREAN, String.valueOf(report.rejectedNotShown())));
		}
		out.println(messages.text("imports.cli.matched", KOREAN, String.valueOf(report.byNumber()),
				String.valueOf(report.byNameAndAddress()), String.valueOf(report.regionUnknown())));
	}
}
