package org.ieum.stats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.stats.StatTable.StatRow;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A table as the files public data portals publish: one header row, then one row per figure,
 * every row stamped with the reference date (기준일자) so a file keeps its date when passed on.
 * CSV is UTF-8 with a byte order mark, which Excel needs to show Korean.
 */
@Component
class StatisticsDownloads {

	private final MessageSource messages;

	StatisticsDownloads(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(StatisticsReport report, StatTable table, Locale locale) {
		StringBuilder out = new StringBuilder("\uFEFF");
		for (List<String> line : lines(report, table, locale)) {
			out.append(String.join(",", line.stream().map(StatisticsDownloads::csvField).toList())).append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	byte[] xlsx(StatisticsReport report, StatTable table, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(table.id());
			List<List<String>> lines = lines(report, table, locale);
			for (int r = 0; r < lines.size(); r++) {
				Row row = sheet.createRow(r);
				List<String> line = lines.get(r);
				for (int c = 0; c < line.size(); c++) {
					boolean number = r > 0 && c > 0 && c <= table.columns().size();
					if (number) {
						row.createCell(c).setCellValue(Long.parseLong(line.get(c)));
					}
					else {
						row.createCell(c).setCellValue(line.get(c));
					}
				}
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Header, then rows: label, values, scope, reference date. */
	private List<List<String>> lines(StatisticsReport report, StatTable table, Locale locale) {
		List<List<String>> lines = new ArrayList<>();
		List<String> header = new ArrayList<>();
		header.add(table.labelColumn());
		header.addAll(table.columns());
		header.add(messages.getMessage("stats.column.scope", null, locale));
		header.add(messages.getMessage("stats.column.referenceDate", null, locale));
		lines.add(header);
		for (StatRow row : table.rows()) {
			List<String> line = new ArrayList<>();
			line.add(row.label());
			row.values().forEach(v -> line.add(String.valueOf(v)));
			line.add(report.scopeName());
			line.add(report.referenceDate().toString());
			lines.add(line);
		}
		return lines;
	}

	private static String csvField(String value) {
		if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}
}
