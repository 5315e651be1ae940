package org.ieum.enterprises.imports;

import org.ieum.enterprises.BusinessNumber;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Lists written the way the public sources publish them, generated in the tests rather than committed. */
final class ImportFiles {

	/** Numbers no demo organization and no other test uses: they start with 6. */
	private static final AtomicInteger NEXT = new AtomicInteger(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));

	static final Path DIRECTORY = Path.of("target", "test-data", "import-fixtures");

	private ImportFiles() {
	}

	static String freshNumber() {
		String nine = "6" + String.format("%08d", NEXT.getAndIncrement());
		return new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine)).formatted();
	}

	/** The same number with its check digit off by one, as a typo in a list would have it. */
	static String wrongCheckDigit(String formatted) {
		char last = formatted.charAt(formatted.length() - 1);
		char wrong = (char) ('0' + (last - '0' + 1) % 10);
		return formatted.substring(0, formatted.length() - 1) + wrong;
	}

	static Path csv(String name, List<List<String>> rows, Charset charset, boolean bom) {
		String text = rows.stream().map(r -> r.stream().map(ImportFiles::quoted).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n")) + "\r\n";
		byte[] bytes = text.getBytes(charset);
		if (bom) {
			byte[] withBom = new byte[bytes.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(bytes, 0, withBom, 3, bytes.length);
			bytes = withBom;
		}
		return write(name, bytes);
	}

	static Path xlsx(String name, List<List<String>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("목록");
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < rows.get(r).size(); c++) {
					row.createCell(c).setCellValue(rows.get(r).get(c));
				}
			}
			Path path = target(name);
			try (OutputStream out = Files.newOutputStream(path)) {
				workbook.write(out);
			}
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Path write(String name, byte[] bytes) {
		try {
			Path path = target(name);
			Files.write(path, bytes);
			return path;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path target(String name) throws IOException {
		Path dir = DIRECTORY.resolve(String.valueOf(NEXT.getAndIncrement()));
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	private static String quoted(String cell) {
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
			return "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}
}
