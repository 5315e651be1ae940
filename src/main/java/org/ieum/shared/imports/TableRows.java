package org.ieum.shared.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidOperationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of a table, one at a time and never the whole file in memory: FastCSV
 * for CSV, POI's SAX event reader for the first sheet of an XLSX. Row numbers are the ones
 * a spreadsheet program shows, counting title and header rows from 1.
 */
public final class TableRows {

	public interface RowHandler {

		void row(int rowNumber, List<String> cells);
	}

	private TableRows() {
	}

	public static void read(TableFile file, RowHandler handler) {
		if (file.kind() == TableFile.Kind.CSV) {
			readCsv(file, handler);
		}
		else {
			readXlsx(file, handler);
		}
	}

	private static void readCsv(TableFile file, RowHandler handler) {
		try (Reader reader = withoutByteOrderMark(
				new InputStreamReader(Files.newInputStream(file.path()), file.charset().newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)));
				CsvReader<CsvRecord> csv = CsvReader.builder()
					.skipEmptyLines(false)
					.allowExtraFields(true)
					.allowMissingFields(true)
					.allowExtraCharsAfterClosingQuote(true)
					.ofCsvRecord(reader)) {
			int number = 0;
			for (CsvRecord record : csv) {
				number++;
				handler.row(number, record.getFields());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (de.siegmar.fastcsv.reader.CsvParseException ex) {
			throw new ImportRefused("imports.refused.csv", ex);
		}
	}

	private static Reader withoutByteOrderMark(Reader reader) throws IOException {
		PushbackReader pushback = new PushbackReader(reader, 1);
		int first = pushback.read();
		if (first != -1 && first != '\uFEFF') {
			pushback.unread(first);
		}
		return pushback;
	}

	private static void readXlsx(TableFile file, RowHandler handler) {
		OPCPackage pkg;
		try {
			pkg = OPCPackage.open(file.path().toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | UnsupportedFileFormatException
				| IllegalStateException ex) {
			throw new ImportRefused("imports.refused.broken", ex);
		}
		try {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
			Iterator<InputStream> sheets = reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new ImportRefused("imports.refused.noSheet");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
						new RowCollector(handler), new DataFormatter(Locale.KOREA), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
				| POIXMLException | InvalidOperationException ex) {
			throw new ImportRefused("imports.refused.broken", ex);
		}
		finally {
			pkg.revert();
		}
	}

	/** Gathers one row's cells by column letter, since empty cells are simply absent from the sheet XML. */
	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final RowHandler handler;
		private final List<String> cells = new ArrayList<>();
		private int nextColumn;

		RowCollector(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void startRow(int rowNum) {
			cells.clear();
			nextColumn = 0;
		}

		@Override
		public void endRow(int rowNum) {
			handler.row(rowNum + 1, List.copyOf(cells));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(formattedValue == null ? "" : formattedValue);
			nextColumn = column + 1;
		}
	}
}
