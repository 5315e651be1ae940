package org.ieum.market.procurement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.time.Clock;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.export.TableWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workbook a center sends to its city: one sheet per year (newest first) with a row per buyer: 기관명, 구매목표액,
 * 구매실적액 (confirmed purchases up to the reference date), 달성률 (%), and the total; the reference date on top.
 * {@link TableWriter} writes one sheet, so the sheets are written here with POI, texts neutralized the same way.
 */
@Service
@Transactional(readOnly = true)
class ProcurementWorkbook {

	private final ProcurementReports reports;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	ProcurementWorkbook(ProcurementReports reports, CentersApi centers, MessageSource messages, Clock clock) {
		this.reports = reports;
		this.centers = centers;
		this.messages = messages;
		this.clock = clock;
	}

	/** The workbook of the center and the centers below it, as of today; staff of the center only. */
	byte[] write(long centerId, Locale locale) {
		Authorities.requireCenterStaff(centerId);
		List<String> headings = List.of(text("market.xlsx.buyer", locale), text("market.xlsx.target", locale),
				text("market.xlsx.actual", locale), text("market.xlsx.rate", locale));
		return write(centers.centerAndDescendantIds(centerId), Seoul.today(clock), headings,
				text("market.xlsx.referenceDate", locale), text("market.xlsx.total", locale));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private byte[] write(Collection<Long> centerIds, LocalDate asOf, List<String> headings, String referenceLabel,
			String totalLabel) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = book.createCellStyle();
			Font font = book.createFont();
			font.setBold(true);
			bold.setFont(font);
			CellStyle won = book.createCellStyle();
			won.setDataFormat(book.createDataFormat().getFormat("#,##0"));
			CellStyle percent = book.createCellStyle();
			percent.setDataFormat(book.createDataFormat().getFormat("0.0"));
			for (int year : reports.years(centerIds, asOf.getYear())) {
				ProcurementReports.Report r = reports.report(centerIds, year, asOf);
				Sheet sheet = book.createSheet(String.valueOf(year));
				Row dated = sheet.createRow(0);
				dated.createCell(0).setCellValue(referenceLabel);
				dated.createCell(1).setCellValue(asOf.toString());
				Row head = sheet.createRow(2);
				for (int i = 0; i < headings.size(); i++) {
					head.createCell(i).setCellValue(TableWriter.neutralize(headings.get(i)));
					head.getCell(i).setCellStyle(bold);
				}
				int at = 3;
				for (ProcurementReports.BuyerLine b : r.buyers()) {
					line(sheet.createRow(at++), TableWriter.neutralize(b.name()), b.targetWon(), b.actualWon(),
							b.rateTenths(), won, percent);
				}
				Row total = sheet.createRow(at);
				line(total, totalLabel, r.targetWon(), r.actualWon(), r.rateTenths(), won, percent);
				total.getCell(0).setCellStyle(bold);
				sheet.setColumnWidth(0, 40 * 256);
				for (int i = 1; i < 4; i++) {
					sheet.setColumnWidth(i, 18 * 256);
				}
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void line(Row row, String name, Long target, long actual, Long rateTenths, CellStyle won,
			CellStyle percent) {
		row.createCell(0).setCellValue(name);
		if (target != null) {
			row.createCell(1).setCellValue(target);
			row.getCell(1).setCellStyle(won);
		}
		row.createCell(2).setCellValue(actual);
		row.getCell(2).setCellStyle(won);
		if (rateTenths != null) {
			row.createCell(3).setCellValue(BigDecimal.valueOf(rateTenths, 1).doubleValue());
			row.getCell(3).setCellStyle(percent);
		}
	}
}
