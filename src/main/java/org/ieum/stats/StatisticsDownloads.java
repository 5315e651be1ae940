package org.ieum.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ieum.shared.export.ExportFormat;
import org.ieum.shared.export.TableWriter;
import org.ieum.stats.StatTable.StatRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A table as the files public data portals publish: one header row, then one row per figure,
 * every row stamped with the reference date (기준일자) so a file keeps its date when passed on.
 * Written by the shared {@link TableWriter}: figures as numbers, names (a region a manager
 * typed) neutralized where a spreadsheet would run them as formulas.
 */
@Component
class StatisticsDownloads {

	private final MessageSource messages;

	StatisticsDownloads(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(StatisticsReport report, StatTable table, Locale locale) {
		return write(ExportFormat.CSV, report, table, locale);
	}

	byte[] xlsx(StatisticsReport report, StatTable table, Locale locale) {
		return write(ExportFormat.XLSX, report, table, locale);
	}

	private byte[] write(ExportFormat format, StatisticsReport report, StatTable table, Locale locale) {
		return TableWriter.bytes(format, table.id(), writer -> {
			List<List<Object>> lines = lines(report, table, locale);
			writer.headings(lines.get(0).stream().map(String::valueOf).toList());
			lines.subList(1, lines.size()).forEach(writer::row);
		});
	}

	/** Header, then rows: label, values, scope, reference date. */
	private List<List<Object>> lines(StatisticsReport report, StatTable table, Locale locale) {
		List<List<Object>> lines = new ArrayList<>();
		List<Object> header = new ArrayList<>();
		header.add(table.labelColumn());
		header.addAll(table.columns());
		header.add(messages.getMessage("stats.column.scope", null, locale));
		header.add(messages.getMessage("stats.column.referenceDate", null, locale));
		lines.add(header);
		for (StatRow row : table.rows()) {
			List<Object> line = new ArrayList<>();
			line.add(row.label());
			line.addAll(row.values());
			line.add(report.scopeName());
			line.add(report.referenceDate().toString());
			lines.add(line);
		}
		return lines;
	}
}
