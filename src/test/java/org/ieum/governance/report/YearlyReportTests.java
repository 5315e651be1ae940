package org.ieum.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly performance report as staff get it: its figures equal the records they stand for
 * (counted here straight from the tables), the XLSX holds the same numbers cell by cell with
 * working totals, the PDF carries them in Korean, a year without records is an empty report, and a
 * year that cannot be reported is refused with a Korean message.
 */
@IeumSpringTest
class YearlyReportTests {

	private static final String PASSWORD = "ieum2026!";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	CentersApi centers;

	@Autowired
	Clock clock;

	@Test
	void theFiguresOfTheYearAreTheRecordsBehindThem() throws Exception {
		long gimhae = centerId("gimhae");
		int year = Seoul.today(clock).getYear();
		ReportView report = page(gimhae, year);
		Set<Long> scope = centers.centerAndDescendantIds(gimhae);
		MapSqlParameterSource p = new MapSqlParameterSource("centers", scope);
		LocalDate lastDay = LocalDate.of(year, 12, 31);

		// agreements: signed in the year, in force on 31 December, and follow-up activities by kind
		List<Map<String, Object>> mous = named.queryForList("select m.signed_on, m.starts_on, m.ends_on from governance_mou m"
				+ " join governance_partner p on p.id = m.partner_id where p.center_id in (:centers)", p);
		long signed = mous.stream().filter(m -> date(m, "signed_on").getYear() == year).count();
		long inForce = mous.stream()
			.filter(m -> !date(m, "starts_on").isAfter(lastDay) && !date(m, "ends_on").isBefore(lastDay)).count();
		assertThat(signed + inForce).as("the demo has agreements in the year").isPositive();
		assertThat(values(report, "report-agreements")).containsExactly(signed, inForce);
		Map<String, Long> activities = named.queryForList("select a.kind, a.happened_on from governance_mou_activity a"
				+ " join governance_mou m on m.id = a.mou_id join governance_partner p on p.id = m.partner_id"
				+ " where p.center_id in (:centers)", p).stream()
			.filter(a -> date(a, "happened_on").getYear() == year)
			.collect(Collectors.groupingBy(a -> (String) a.get("kind"), Collectors.counting()));
		assertThat(values(report, "report-agreement-activities")).containsExactly(
				activities.getOrDefault("JOINT_COURSE", 0L), activities.getOrDefault("REFERRAL", 0L),
				activities.getOrDefault("SHARED_PROGRAM", 0L), activities.getOrDefault("OTHER", 0L));

		// support-program calls that opened in the year, applications submitted, awards and the support agreed
		List<Map<String, Object>> calls = named.queryForList("select id, opens_at, results_published_at from programs_call"
				+ " where center_id in (:centers) and announced_at is not null", p).stream()
			.filter(c -> Seoul.at(instant(c.get("opens_at"))).getYear() == year)
			.toList();
		if (calls.isEmpty()) {
			assertThat(table(report, "programs-calls")).isNull();
		}
		else {
			List<Long> ids = calls.stream().map(c -> ((Number) c.get("id")).longValue()).toList();
			List<Long> published = calls.stream().filter(c -> c.get("results_published_at") != null)
				.map(c -> ((Number) c.get("id")).longValue()).toList();
			List<Map<String, Object>> submitted = named.queryForList("select call_id, decision, support_amount_won"
					+ " from programs_application where status = 'SUBMITTED' and call_id in (:ids)",
					new MapSqlParameterSource("ids", ids));
			List<Map<String, Object>> awarded = submitted.stream()
				.filter(a -> published.contains(((Number) a.get("call_id")).longValue()) && "AWARDED".equals(a.get("decision")))
				.toList();
			long won = awarded.stream().mapToLong(a -> a.get("support_amount_won") == null ? 0
					: ((Number) a.get("support_amount_won")).longValue()).sum();
			assertThat(values(report, "programs-calls")).containsExactly((long) calls.size(), (long) submitted.size(),
					(long) awarded.size(), won);
		}

		// every number leads to the staff list of its records, for the same center
		assertThat(table(report, "report-agreements").link()).isEqualTo("/admin/governance/partners?center=" + gimhae);
	}

	@Test
	void theWorkbookHoldsTheSameFiguresSheetBySheetWithWorkingTotals() throws Exception {
		long gimhae = centerId("gimhae");
		int year = Seoul.today(clock).getYear();
		ReportView report = page(gimhae, year);
		assertThat(report.tables()).isNotEmpty();
		byte[] bytes = mvc.perform(get("/admin/governance/report.xlsx").session(staff())
			.param("center", "" + gimhae).param("year", "" + year))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(report.tables().size() + 1);
			Sheet cover = workbook.getSheetAt(0);
			assertThat(cover.getSheetName()).isEqualTo("개요");
			assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo(report.centerName() + " " + year + "년 연간 성과보고서");
			assertThat(cover.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(year);
			var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
			boolean sawTotal = false;
			for (int i = 0; i < report.tables().size(); i++) {
				ReportView.Table table = report.tables().get(i);
				Sheet sheet = workbook.getSheetAt(i + 1);
				assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(table.title());
				assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("구분");
				assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("값");
				for (int r = 0; r < table.lines().size(); r++) {
					ReportView.Line line = table.lines().get(r);
					Row row = sheet.getRow(ReportWorkbook.FIRST_ROW + r);
					assertThat(row.getCell(0).getStringCellValue()).isEqualTo(line.label());
					assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(BigDecimal.valueOf(row.getCell(1).getNumericCellValue()))
						.isEqualByComparingTo(line.amount());
					assertThat(row.getCell(2).getStringCellValue()).isEqualTo(line.unit());
				}
				Row after = sheet.getRow(ReportWorkbook.FIRST_ROW + table.lines().size());
				if (table.summed()) {
					sawTotal = true;
					assertThat(after.getCell(0).getStringCellValue()).isEqualTo("합계");
					assertThat(after.getCell(1).getCellFormula()).isEqualTo("SUM(B4:B" + (3 + table.lines().size()) + ")");
					assertThat(after.getCell(1).getNumericCellValue()).isEqualTo(table.total().doubleValue());
					assertThat(evaluator.evaluate(after.getCell(1)).getNumberValue()).isEqualTo(table.total().doubleValue());
				}
				else {
					assertThat(after).isNull();
				}
			}
			assertThat(sawTotal).as("a table whose rows add up has its SUM").isTrue();
		}
	}

	@Test
	void thePdfCarriesTheFiguresInKorean() throws Exception {
		long gimhae = centerId("gimhae");
		int year = Seoul.today(clock).getYear();
		ReportView report = page(gimhae, year);
		byte[] bytes = mvc.perform(get("/admin/governance/report.pdf").session(staff())
			.param("center", "" + gimhae).param("year", "" + year))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(report.centerName() + " " + year + "년 연간 성과보고서");
			ReportView.Table agreements = table(report, "report-agreements");
			assertThat(text).contains(agreements.title());
			for (ReportView.Line line : agreements.lines()) {
				assertThat(text).contains(line.label() + " " + line.shown());
			}
		}
	}

	@Test
	void aYearWithoutRecordsIsAnEmptyHonestReport() throws Exception {
		long gimhae = centerId("gimhae");
		ReportView report = page(gimhae, 2000);
		assertThat(report.tables()).isEmpty();
		mvc.perform(get("/admin/governance/report").session(staff()).param("center", "" + gimhae).param("year", "2000"))
			.andExpect(content().string(containsString("2000년에는 보고할 기록이 없습니다.")));
		byte[] xlsx = mvc.perform(get("/admin/governance/report.xlsx").session(staff()).param("center", "" + gimhae)
			.param("year", "2000")).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isOne();
			assertThat(workbook.getSheetAt(0).getRow(6).getCell(0).getStringCellValue())
				.isEqualTo("2000년에는 보고할 기록이 없습니다. 모든 영역이 0건입니다.");
		}
		byte[] pdf = mvc.perform(get("/admin/governance/report.pdf").session(staff()).param("center", "" + gimhae)
			.param("year", "2000")).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
				.contains("2000년에는 보고할 기록이 없습니다.");
		}
	}

	@Test
	void aYearThatCannotBeReportedIsRefusedInKorean() throws Exception {
		long gimhae = centerId("gimhae");
		int next = Seoul.today(clock).getYear() + 1;
		String message = "연도는 2000년부터 " + (next - 1) + "년 사이의 숫자로 골라 주세요.";
		for (String year : List.of("1999", "" + next, "올해")) {
			mvc.perform(get("/admin/governance/report.xlsx").session(staff()).param("center", "" + gimhae)
				.param("year", year))
				.andExpect(redirectedUrl("/admin/governance/report"))
				.andExpect(Flashes.error(message));
		}
	}

	private ReportView page(long center, int year) throws Exception {
		return (ReportView) mvc.perform(get("/admin/governance/report").session(staff()).param("center", "" + center)
			.param("year", "" + year))
			.andExpect(status().isOk())
			.andReturn().getModelAndView().getModel().get("report");
	}

	private static ReportView.Table table(ReportView report, String id) {
		return report.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
	}

	private static List<Long> values(ReportView report, String id) {
		ReportView.Table table = table(report, id);
		return table == null ? Collections.emptyList()
				: table.lines().stream().map(l -> l.amount().longValueExact()).toList();
	}

	private static LocalDate date(Map<String, Object> row, String column) {
		Object value = row.get(column);
		return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
	}

	private static java.time.Instant instant(Object value) {
		return value instanceof Timestamp t ? t.toInstant() : ((java.time.OffsetDateTime) value).toInstant();
	}

	private MockHttpSession staff() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("staff.gimhae@ieum.example")
			.password(PASSWORD)).andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}
}
