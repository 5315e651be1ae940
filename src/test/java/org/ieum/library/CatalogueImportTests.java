package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.library.books.Isbn;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Staff import a catalogue table: the preview names every bad row by its spreadsheet row number and reason (an ISBN
 * with a wrong check digit, no title, a barcode twice in the table or already in the center, an absurd year) and says
 * which rows add copies to a title the center already has; nothing is recorded until the staff member confirms, all
 * or nothing or the valid rows only, and only once.
 */
@IeumSpringTest
class CatalogueImportTests {

	private static final String UPLOAD = "/admin/library/import";

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	/** Nine digits no other test uses. */
	private static String nineDigits() {
		return String.format("%09d", (System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 1_000_000_000L);
	}

	static String freshIsbn13() {
		String twelve = "979" + nineDigits();
		return twelve + Isbn.checkDigit13(twelve);
	}

	/** A valid ISBN-10 (a check digit of 10 is written X), which the catalogue keeps as its ISBN-13. */
	static String freshIsbn10() {
		String nine = nineDigits();
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (10 - i) * (nine.charAt(i) - '0');
		}
		int check = (11 - sum % 11) % 11;
		return nine + (check == 10 ? "X" : String.valueOf(check));
	}

	private long gimhae() {
		return DemoStaff.centerId(jdbc, "gimhae");
	}

	private int copiesOf(String isbn) {
		return jdbc.queryForObject("select count(*) from library_copy c join library_book b on b.id = c.book_id"
				+ " where b.center_id = ? and b.isbn = ?", Integer.class, gimhae(), isbn);
	}

	private int titles(String title) {
		return jdbc.queryForObject("select count(*) from library_book where title = ?", Integer.class, title);
	}

	private MvcResult upload(MockHttpSession staff, String csv) throws Exception {
		return mvc.perform(multipart(UPLOAD)
			.file(new MockMultipartFile("file", "도서목록.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("center", String.valueOf(gimhae())).param("encoding", "auto").session(staff).with(csrf()))
			.andReturn();
	}

	@Test
	void badRowsAreNamedKnownIsbnsAddCopiesAndOnlyTheChosenRowsAreRecordedOnce() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String run = String.valueOf(System.nanoTime());
		String known = freshIsbn13();
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf()).param("center", String.valueOf(gimhae()))
			.param("isbn", known).param("title", "가져오기 전부터 있는 책 " + run).param("authors", "기존 저자")
			.param("copies", "1"))
			.andExpect(status().is3xxRedirection());
		String takenBarcode = jdbc.queryForObject("select c.barcode from library_copy c join library_book b on b.id = c.book_id"
				+ " where b.isbn = ?", String.class, known);
		String isbn10 = freshIsbn10();
		String isbn13 = Isbn.parse(isbn10).orElseThrow();
		String wrongCheck = known.substring(0, 12) + ((known.charAt(12) - '0' + 1) % 10);
		String newTitle = "가져온 새 책 " + run;
		String barcode = "IMP" + run;
		String csv = "김해 도서 목록 (2026년)\n"
				+ "서명,지은이,발행처,발행년도,ISBN,주제,청구기호,권수,등록번호\n"
				+ newTitle + ",이음 저자,이음출판,2024년," + isbn10 + ",사회적경제,331-이음,2,\n"
				+ "같은 ISBN의 다른 표기 " + run + ",기존 저자,,2020," + known + ",,,1,\n"
				+ "검증번호 틀린 책 " + run + ",저자,,2021," + wrongCheck + ",,,1,\n"
				+ ",제목 없는 저자,,2021,,,,1,\n"
				+ "바코드 있는 책 " + run + ",저자,,2019,,,,1," + barcode + "\n"
				+ "바코드 겹친 책 " + run + ",저자,,2019,,,,1," + barcode + "\n"
				+ "이미 쓰는 바코드 " + run + ",저자,,2019,,,,1," + takenBarcode + "\n"
				+ "먼 미래의 책 " + run + ",저자,,3024,,,,1,\n";
		String preview = upload(staff, csv).getResponse().getRedirectedUrl();
		assertThat(preview).startsWith(UPLOAD + "/");
		long id = Long.parseLong(preview.replaceAll(".*/import/(\\d+).*", "$1"));
		String confirm = UPLOAD + "/" + id + "/confirm";

		mvc.perform(get(preview).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"count-imported\">3</dd>")))
			.andExpect(content().string(containsString("<dd class=\"count-rejected\">5</dd>")))
			.andExpect(content().string(containsString("머리글 행: 2행")))
			.andExpect(content().string(containsString("ISBN이 올바르지 않습니다(자릿수 또는 검증번호 오류): " + wrongCheck)))
			.andExpect(content().string(containsString("<th scope=\"row\">6</th>")))
			.andExpect(content().string(containsString("서명 값이 비어 있습니다.")))
			.andExpect(content().string(containsString("바코드 " + barcode + "이(가) 표의 7행에도 있습니다.")))
			.andExpect(content().string(containsString("바코드 " + takenBarcode + "인 책이 이 센터에 이미 있습니다.")))
			.andExpect(content().string(containsString("발행연도를 읽을 수 없거나 맞지 않습니다")))
			.andExpect(content().string(containsString(newTitle + " · 이음 저자 · 새 책 2권")))
			.andExpect(content().string(containsString(
					"이미 있는 ISBN이라 새로 등록하지 않고 「가져오기 전부터 있는 책 " + run + "」에 1권 더함")));
		assertThat(titles(newTitle)).isZero();
		assertThat(copiesOf(known)).isEqualTo(1);
		mvc.perform(get(preview).session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());

		// all or nothing keeps nothing
		mvc.perform(post(confirm).session(staff).with(csrf())).andExpect(Flashes.error("가져오는 방법을 골라 주세요."));
		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "false"))
			.andExpect(redirectedUrlPattern(UPLOAD + "/" + id + "*"));
		assertThat(titles(newTitle)).isZero();

		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(redirectedUrlPattern(UPLOAD + "/done*"));
		assertThat(copiesOf(isbn13)).isEqualTo(2);
		assertThat(jdbc.queryForObject("select published_year from library_book where isbn = ?", Integer.class, isbn13))
			.isEqualTo(2024);
		assertThat(copiesOf(known)).isEqualTo(2);
		assertThat(titles("같은 ISBN의 다른 표기 " + run)).isZero();
		assertThat(jdbc.queryForObject("select b.title from library_copy c join library_book b on b.id = c.book_id"
				+ " where c.barcode = ?", String.class, barcode)).isEqualTo("바코드 있는 책 " + run);
		assertThat(titles("바코드 겹친 책 " + run) + titles("먼 미래의 책 " + run) + titles("검증번호 틀린 책 " + run)).isZero();

		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(Flashes.error("이미 반영했거나 취소한 가져오기입니다."));
		assertThat(copiesOf(isbn13)).isEqualTo(2);
	}

	@Test
	void aTableWithoutTitlesAndAuthorsIsRefusedAtTheUpload() throws Exception {
		long kept = jdbc.queryForObject("select count(*) from shared_import where purpose = 'library-catalogue'", Long.class);
		MvcResult result = upload(DemoStaff.session(mvc, "gimhae"), "이름,전화\n홍길동,010\n");
		assertThat(Flashes.errorText(result.getModelAndView().getModel())).startsWith("도서 목록 표의 머리글을 찾지 못했습니다.");
		assertThat(jdbc.queryForObject("select count(*) from shared_import where purpose = 'library-catalogue'", Long.class))
			.isEqualTo(kept);
	}

	@Test
	void theTemplateHasEveryColumnTheImportReads() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get(UPLOAD).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/admin/library/import/template?format=xlsx&amp;center=")));
		byte[] file = mvc.perform(get(UPLOAD + "/template").session(staff).param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		List<String> headings = new ArrayList<>();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
			for (Cell cell : book.getSheetAt(0).getRow(0)) {
				headings.add(cell.getStringCellValue());
			}
		}
		assertThat(headings).containsExactly("제목", "저자", "출판사", "발행연도", "ISBN", "주제", "청구기호", "권수", "바코드");
		mvc.perform(get(UPLOAD + "/template").session(DemoStaff.session(mvc, "busan")).param("center", String.valueOf(gimhae())))
			.andExpect(status().isForbidden());
	}
}
