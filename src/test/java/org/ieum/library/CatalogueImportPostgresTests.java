package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.library.books.Book;
import org.ieum.library.books.BookDetails;
import org.ieum.library.books.BookRepository;
import org.ieum.library.books.Copy;
import org.ieum.library.books.CopyRepository;
import org.ieum.library.books.Isbn;
import org.ieum.library.desk.CatalogueImports;
import org.ieum.shared.Authorities;
import org.ieum.shared.imports.ImportRefused;
import org.ieum.shared.imports.KeptTableImport;
import org.ieum.shared.imports.TableImportReport;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The catalogue import on real PostgreSQL: an XLSX with a title row above the header and years and copies as
 * number cells (an ISBN kept as a number has lost its digits and is refused as such); with a rejected row nothing is
 * kept unless the valid rows are chosen; a known ISBN adds copies to its title, and the upload counts once.
 */
@IeumPostgresTest
class CatalogueImportPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_270L;

	@Autowired
	CatalogueImports imports;

	@Autowired
	BookRepository books;

	@Autowired
	CopyRepository copies;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void asStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("desk", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String isbn(long n) {
		String twelve = String.format("979%09d", n % 1_000_000_000L);
		return twelve + Isbn.checkDigit13(twelve);
	}

	private int copiesOf(String isbn) {
		return jdbc.queryForObject("select count(*) from library_copy c join library_book b on b.id = c.book_id"
				+ " where b.center_id = ? and b.isbn = ?", Integer.class, CENTER, isbn);
	}

	@Test
	void aWorkbookIsRecordedOnlyAsChosenAndOnlyOnce() throws IOException {
		long run = System.nanoTime() / 1000;
		String known = isbn(run);
		String fresh = isbn(run + 1);
		Book book = books.save(new Book(CENTER, new BookDetails("PG 기존 책 " + run, "저자", null, null, known, null, null),
				Instant.now()));
		copies.save(new Copy(book.getId(), CENTER, "PG-IMP-" + run));
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("목록");
			sheet.createRow(0).createCell(0).setCellValue("2026년 소장 도서");
			Row header = sheet.createRow(2);
			String[] headings = { "도서명", "저자", "출판사", "발행연도", "ISBN", "권수", "바코드" };
			for (int i = 0; i < headings.length; i++) {
				header.createCell(i).setCellValue(headings[i]);
			}
			Row first = sheet.createRow(3);
			first.createCell(0).setCellValue("PG 새 책 " + run);
			first.createCell(1).setCellValue("새 저자");
			first.createCell(2).setCellValue("이음출판");
			first.createCell(3).setCellValue(2023);
			first.createCell(4).setCellValue(fresh);
			first.createCell(5).setCellValue(3);
			Row second = sheet.createRow(4);
			second.createCell(0).setCellValue("PG 기존 책 다른 표기 " + run);
			second.createCell(1).setCellValue("저자");
			second.createCell(4).setCellValue(known);
			second.createCell(6).setCellValue("PG-IMP2-" + run + ", PG-IMP3-" + run);
			Row third = sheet.createRow(5);
			third.createCell(0).setCellValue("PG 바코드 겹침 " + run);
			third.createCell(1).setCellValue("저자");
			third.createCell(6).setCellValue("PG-IMP-" + run);
			Row fourth = sheet.createRow(6);
			fourth.createCell(0).setCellValue("PG 숫자 칸 ISBN " + run);
			fourth.createCell(1).setCellValue("저자");
			fourth.createCell(4).setCellValue(Double.parseDouble(isbn(run + 2)));
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		long id = imports.upload(CENTER, null, "목록.xlsx", new ByteArrayInputStream(xlsx), "auto");
		KeptTableImport.Preview preview = imports.preview(id);
		assertThat(preview.report().headerRow()).isEqualTo(3);
		assertThat(preview.report().imported()).isEqualTo(2);
		assertThat(preview.report().rejectedRows()).extracting(r -> r.rowNumber() + " " + r.problems().get(0).messageKey())
			.containsExactly("6 library.import.reject.barcodeTaken", "7 library.import.reject.isbnAsNumber");
		assertThat(copiesOf(fresh)).isZero();

		TableImportReport nothing = imports.confirm(id, false, null);
		assertThat(nothing.applied()).isFalse();
		assertThat(copiesOf(fresh)).isZero();
		assertThat(copiesOf(known)).isEqualTo(1);

		TableImportReport done = imports.confirm(id, true, null);
		assertThat(done.applied()).isTrue();
		assertThat(copiesOf(fresh)).isEqualTo(3);
		assertThat(copiesOf(known)).isEqualTo(3);
		assertThat(jdbc.queryForList("select title from library_book where center_id = ? and isbn = ?", String.class,
				CENTER, known)).containsExactly("PG 기존 책 " + run);
		assertThat(jdbc.queryForObject("select published_year from library_book where center_id = ? and isbn = ?",
				Integer.class, CENTER, fresh)).isEqualTo(2023);
		assertThat(jdbc.queryForList("select c.barcode from library_copy c join library_book b on b.id = c.book_id"
				+ " where b.isbn = ? and b.center_id = ? order by c.id", String.class, known, CENTER))
			.isEqualTo(List.of("PG-IMP-" + run, "PG-IMP2-" + run, "PG-IMP3-" + run));
		assertThat(jdbc.queryForObject("select status from shared_import where id = ?", String.class, id)).isEqualTo("APPLIED");

		assertThatThrownBy(() -> imports.confirm(id, true, null)).isInstanceOf(ImportRefused.class);
		assertThat(copiesOf(fresh)).isEqualTo(3);
	}
}
