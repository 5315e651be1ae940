package org.ieum.governance.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.shared.export.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The report as an XLSX workbook: a cover sheet, then one sheet per area with the figures as
 * numbers, and a total that is a {@code SUM} formula over the rows where the rows add up, so a
 * reader who corrects a row sees the total follow. Texts that a spreadsheet would run as a
 * formula are neutralized as in every other download.
 */
@Component
class ReportWorkbook {

	/** Where an area's figures start: title, blank, headings, then rows. */
	static final int FIRST_ROW = 3;

	private final MessageSource messages;

	ReportWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(ReportView report) {
		Locale locale = LocaleContextHolder.getLocale();
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Set<String> names = new HashSet<>();
			Sheet cover = workbook.createSheet(unique(text("report.xlsx.cover", locale), names));
			text(cover, 0, bold, text("report.heading", locale, report.centerName(), report.year()));
			pair(cover, 1, text("report.xlsx.center", locale), report.centerName());
			pair(cover, 2, text("report.xlsx.year", locale), report.year());
			pair(cover, 3, text("report.xlsx.centers", locale), report.centers());
			pair(cover, 4, text("report.xlsx.madeOn", locale), report.madeOn().toString());
			if (report.empty()) {
				text(cover, 6, null, text("report.empty", locale, report.year()));
			}
			for (ReportView.Table table : report.tables()) {
				Sheet sheet = workbook.createSheet(unique(table.title(), names));
				text(sheet, 0, bold, table.title());
				Row headings = sheet.createRow(2);
				headings.createCell(0).setCellValue(text("report.column.label", locale));
				headings.createCell(1).setCellValue(text("report.column.value", locale));
				headings.createCell(2).setCellValue(text("report.column.unit", locale));
				headings.forEach(c -> c.setCellStyle(bold));
				int r = FIRST_ROW;
				for (ReportView.Line line : table.lines()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(TableWriter.neutralize(line.label()));
					row.createCell(1).setCellValue(line.amount().doubleValue());
					row.createCell(2).setCellValue(line.unit());
				}
				if (table.summed()) {
					Row total = sheet.createRow(r);
					total.createCell(0).setCellValue(text("figures.total", locale));
					total.getCell(0).setCellStyle(bold);
					total.createCell(1).setCellFormula("SUM(B" + (FIRST_ROW + 1) + ":B" + r + ")");
					total.createCell(2).setCellValue(table.unit());
				}
				sheet.setColumnWidth(0, 60 * 256);
				sheet.setColumnWidth(1, 16 * 256);
			}
			cover.setColumnWidth(0, 30 * 256);
			cover.setColumnWidth(1, 40 * 256);
			// totals carry their value too, for readers that do not calculate (previews, plain parsers)
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(Sheet sheet, int row, CellStyle style, String value) {
		var cell = sheet.createRow(row).createCell(0);
		cell.setCellValue(TableWriter.neutralize(value));
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static void pair(Sheet sheet, int row, String label, Object value) {
		Row r = sheet.createRow(row);
		r.createCell(0).setCellValue(label);
		if (value instanceof Number n) {
			r.createCell(1).setCellValue(n.doubleValue());
		}
		else {
			r.createCell(1).setCellValue(TableWriter.neutralize(String.valueOf(value)));
		}
	}

	/** A sheet name Excel accepts (31 characters, no []:*?/\), unique in the workbook. */
	private static String unique(String title, Set<String> taken) {
		String base = WorkbookUtil.createSafeSheetName(title);
		String name = base;
		for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
			String suffix = " (" + n + ")";
			name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
		}
		return name;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
