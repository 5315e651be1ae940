package org.ieum.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * An organization's manager typed spreadsheet formulas into its name, address, 시도, 시군구 and
 * representative, and a member into their name: every CSV and XLSX route writes them with a
 * quote in front, and figures stay numbers.
 */
@IeumSpringTest
class FormulaSafeExportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String marker;
	private String center;

	@BeforeEach
	void organizationsWithFormulas() {
		marker = "수식" + System.nanoTime();
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		// a center of its own: its figures and the network's are counted afresh, not taken from the cache
		center = "formula-" + System.nanoTime() % 1_000_000;
		jdbc.update("insert into centers_center (slug, name, short_name, parent_id, region, created_at)"
				+ " values (?, ?, ?, null, '부산광역시', current_timestamp)", center, center + " 센터", center);
		long own = jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, center);
		List<String> attacks = TableWriterTests.ATTACKS;
		for (int i = 0; i < 4; i++) {
			String attack = attacks.get(i);
			String number = businessNumber();
			jdbc.update("insert into enterprises_organization (name, business_number_raw, business_number, sido, sigungu,"
					+ " road_address, representative, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
					+ " current_timestamp, current_timestamp)", attack + " " + marker, number, number, attack,
					attacks.get((i + 1) % 4), attacks.get((i + 2) % 4), attacks.get((i + 3) % 4));
			long id = jdbc.queryForObject("select max(id) from enterprises_organization where business_number = ?",
					Long.class, number);
			jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", id, busan);
			jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", id, own);
		}
		jdbc.update("insert into identity_account (email, display_name, phone, home_center_id, status, created_at)"
				+ " values (?, ?, ?, ?, 'ACTIVE', current_timestamp)", marker + "@example.kr", attacks.get(1),
				attacks.get(2), busan);
	}

	/**
	 * The organizations go again: written past the application (so neither indexed nor counted in
	 * the cached figures), they would put Busan's index and database out of step for the tests
	 * that share this context.
	 */
	@AfterEach
	void removeOrganizationsWithFormulas() {
		jdbc.update("delete from enterprises_organization_center where organization_id in"
				+ " (select id from enterprises_organization where name like ?)", "%" + marker);
		jdbc.update("delete from enterprises_organization where name like ?", "%" + marker);
	}

	/** A fresh number with a right check digit (the weights 1 3 7 1 3 7 1 3 5 of the national rule). */
	static String businessNumber() {
		String body = String.format("78%07d", Math.abs(System.nanoTime()) % 10_000_000L);
		int[] weights = { 1, 3, 7, 1, 3, 7, 1, 3, 5 };
		int sum = 0;
		for (int i = 0; i < 9; i++) {
			sum += (body.charAt(i) - '0') * weights[i];
		}
		sum += (body.charAt(8) - '0') * 5 / 10;
		return body + (10 - sum % 10) % 10;
	}

	MockHttpSession staff() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("staff.busan@ieum.example")
				.password("ieum2026!")).andReturn().getRequest().getSession();
	}

	@Test
	void staffOrganizationExportNeutralizesEveryFieldInCsvAndXlsx() throws Exception {
		MockHttpSession staff = staff();
		List<List<String>> csv = csv(organizationExport(staff, "CSV"));
		assertNeutralized(csv, 4 * 4);
		assertThat(csv.get(0)).contains("대표자");

		List<List<String>> xlsx = xlsx(organizationExport(staff, "XLSX"));
		assertNeutralized(xlsx, 4 * 4);
	}

	@Test
	void publicStatisticsDownloadsNeutralizeRegionNamesAndKeepCountsNumeric() throws Exception {
		for (String path : List.of("/c/" + center + "/statistics/by-region", "/statistics/by-region")) {
			List<List<String>> csv = csv(mvc.perform(get(path + ".csv")).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsByteArray());
			assertNeutralized(csv, 1);
			assertThat(csv.stream().filter(r -> r.get(0).startsWith("'=HYPERLINK") || r.get(0).startsWith("'@SUM")
					|| r.get(0).startsWith("'+cmd") || r.get(0).startsWith("'-2+3")).count()).as(path).isGreaterThanOrEqualTo(1);
			byte[] bytes = mvc.perform(get(path + ".xlsx")).andExpect(status().isOk()).andReturn().getResponse()
				.getContentAsByteArray();
			assertNeutralized(xlsx(bytes), 1);
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
				assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
			}
		}
	}

	@Test
	void memberExportNeutralizesNameAndPhone() throws Exception {
		byte[] bytes = mvc.perform(post("/admin/members/export").with(csrf()).session(staff()).param("reason", "수식 검사 내보내기"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<List<String>> csv = csv(bytes);
		assertNeutralized(csv, 2);
		List<String> mine = csv.stream().filter(r -> r.contains(marker + "@example.kr")).findFirst().orElseThrow();
		assertThat(mine).contains("'@SUM(1+1)", "'+cmd|' /C calc'!A0");
	}

	@Test
	void aRegionThatLooksLikeAFormulaIsRefusedInTheOrganizationForm() throws Exception {
		long id = jdbc.queryForObject("select min(id) from enterprises_organization where name like ?", Long.class,
				"%" + marker);
		String name = jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, id);
		mvc.perform(post("/admin/organizations/" + id).with(csrf()).session(staff()).param("name", "바른 이름 " + marker)
				.param("businessNumber", businessNumber()).param("sido", "=HYPERLINK(\"http://evil.example\")")
				.param("sigungu", "@SUM(1+1)"))
			.andExpect(status().isOk())
			.andExpect(MockMvcResultMatchers.content()
				.string(Matchers.containsString("시도와 시군구에는 지역 이름(글자와 숫자)만 쓸 수 있습니다")));
		assertThat(jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, id))
			.isEqualTo(name);
	}

	private byte[] organizationExport(MockHttpSession staff, String format) throws Exception {
		MvcResult started = mvc.perform(post("/admin/organizations/export").param("q", marker).param("format", format)
				.param("personal", "true").param("reason", "수식 검사 내보내기").with(csrf()).session(staff)).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
	}

	/** No cell begins like a formula (plain numbers aside), and at least {@code expected} cells were defused. */
	private static void assertNeutralized(List<List<String>> rows, int expected) {
		int defused = 0;
		for (List<String> row : rows) {
			for (String cell : row) {
				if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
					assertThat(cell).as("a cell a spreadsheet would run").matches("-?[0-9]+(\\.[0-9]+)?");
				}
				for (String attack : TableWriterTests.ATTACKS) {
					if (cell.startsWith("'" + attack.substring(0, Math.min(attack.length(), 6)))) {
						defused++;
						break;
					}
				}
			}
		}
		assertThat(defused).isGreaterThanOrEqualTo(expected);
	}

	private static List<List<String>> csv(byte[] bytes) {
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		return TableWriterTests.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
	}

	private static List<List<String>> xlsx(byte[] bytes) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
							: cell.getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}
}
