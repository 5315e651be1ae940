package org.ieum.shared.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one table as CSV or XLSX, row by row, for every download Ieum offers. A text cell
 * that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * something Excel, LibreOffice and Google Sheets would run as a formula (a
 * {@code =HYPERLINK(...)} that sends the sheet's data away, a {@code +cmd|...} that starts a
 * program): it is written with a single quote in front, as OWASP advises, in both formats.
 * Numbers handed over as numbers are written as numbers (numeric cells in XLSX), and a text
 * that is a plain number such as {@code -12} or {@code -3.5} stays as it is, since a
 * spreadsheet reads it as that number and nothing else.
 * <p>
 * Cells may be {@link String}, {@link Number}, anything else (written as its text) or
 * {@code null} (an empty cell). {@link #finish()} completes the file; the stream is not
 * closed, which is the caller's. Use it in try-with-resources: {@link #close()} removes the
 * temporary files of an XLSX that was not finished (a failed read midway) and writes nothing.
 */
public final class TableWriter implements AutoCloseable {

	/** What a spreadsheet may take for the start of a formula (OWASP's list). */
	private static final String FORMULA_STARTS = "=+-@\t\r";

	/** A plain decimal number, which a spreadsheet reads as that number and nothing else. */
	private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** Rows kept in memory while an XLSX is written; the rest go to a temporary file. */
	private static final int XLSX_WINDOW = 100;

	private final ExportFormat format;
	private final OutputStream out;
	private final Writer text;
	private final CsvWriter csv;
	private final SXSSFWorkbook workbook;
	private final Sheet sheet;
	private final CellStyle headingStyle;
	private int rows;

	private TableWriter(ExportFormat format, OutputStream out, String sheetName) {
		this.format = format;
		this.out = out;
		if (format == ExportFormat.CSV) {
			this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			try {
				text.write('\uFEFF');
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text);
			this.workbook = null;
			this.sheet = null;
			this.headingStyle = null;
		}
		else {
			this.text = null;
			this.csv = null;
			this.workbook = new SXSSFWorkbook(XLSX_WINDOW);
			this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.headingStyle = workbook.createCellStyle();
			headingStyle.setFont(bold);
		}
	}

	/** A writer of the given format onto {@code out}; {@code sheetName} names the XLSX sheet. */
	public static TableWriter open(ExportFormat format, OutputStream out, String sheetName) {
		return new TableWriter(format, out, sheetName);
	}

	/** The whole file in memory, for small tables (statistics, one course's roster). */
	public static byte[] bytes(ExportFormat format, String sheetName, Consumer<TableWriter> rows) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (TableWriter writer = open(format, bytes, sheetName)) {
			rows.accept(writer);
			writer.finish();
		}
		return bytes.toByteArray();
	}

	/** The column headings, bold in XLSX; neutralized like any text. */
	public TableWriter headings(List<String> headings) {
		return write(headings, true);
	}

	public TableWriter headings(String... headings) {
		return headings(Arrays.asList(headings));
	}

	public TableWriter row(List<?> cells) {
		return write(cells, false);
	}

	public TableWriter row(Object... cells) {
		return row(Arrays.asList(cells));
	}

	/** Completes the file (the XLSX is written out only now) and flushes, leaving the stream open. */
	public void finish() {
		try {
			if (format == ExportFormat.CSV) {
				csv.flush();
				text.flush();
			}
			else {
				try {
					workbook.write(out);
				}
				finally {
					workbook.close();
				}
				out.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Frees what an unfinished XLSX holds (its temporary files); writes nothing. */
	@Override
	public void close() {
		if (workbook != null) {
			try {
				workbook.close();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * The text as it is safe to put in a spreadsheet cell: with a single quote in front when a
	 * spreadsheet would take it for a formula, as it is otherwise (plain numbers included).
	 */
	public static String neutralize(String value) {
		if (value == null || value.isEmpty() || FORMULA_STARTS.indexOf(value.charAt(0)) < 0
				|| PLAIN_NUMBER.matcher(value).matches()) {
			return value;
		}
		return "'" + value;
	}

	private TableWriter write(List<?> cells, boolean heading) {
		if (format == ExportFormat.CSV) {
			List<String> fields = new ArrayList<>(cells.size());
			for (Object cell : cells) {
				fields.add(cell == null ? "" : cell instanceof Number n ? number(n) : neutralize(cell.toString()));
			}
			csv.writeRecord(fields);
		}
		else {
			Row row = sheet.createRow(rows);
			for (int i = 0; i < cells.size(); i++) {
				Object cell = cells.get(i);
				if (cell == null) {
					continue;
				}
				var target = row.createCell(i);
				if (cell instanceof Number n) {
					target.setCellValue(n.doubleValue());
				}
				else {
					target.setCellValue(neutralize(cell.toString()));
				}
				if (heading) {
					target.setCellStyle(headingStyle);
				}
			}
		}
		rows++;
		return this;
	}

	private static String number(Number n) {
		if (n instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (n instanceof Double || n instanceof Float) {
			double d = n.doubleValue();
			return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
		}
		return n.toString();
	}
}
