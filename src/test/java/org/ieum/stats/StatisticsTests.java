package org.ieum.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The published figures equal what a direct count of the tables gives, on data made here: a
 * parent and a child center whose organizations hold several designations, expired, cancelled
 * and closed ones among them.
 */
@IeumSpringTest
class StatisticsTests {

	private static final AtomicInteger RUN = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String parent;
	private String child;

	@BeforeEach
	void generate() {
		int run = RUN.incrementAndGet();
		parent = "stats-parent-" + run + "-" + System.nanoTime() % 100_000;
		child = parent + "-child";
		long parentId = center(parent, null);
		long childId = center(child, parentId);
		LocalDate today = Seoul.today(Clock.systemUTC());
		long a = organization("통계가 빵집", "부산광역시", "사상구", "C", "JOBS", "ACTIVE", parentId);
		designation(a, "SOCIAL_ENTERPRISE", "ACTIVE", LocalDate.of(2019, 5, 1), null);
		designation(a, "SOCIAL_COOPERATIVE", "ACTIVE", LocalDate.of(2020, 2, 1), null);
		// entered ahead of time: not in force yet, not in any year's figure yet
		designation(a, "VILLAGE_ENTERPRISE", "ACTIVE", today.plusDays(10), null);
		long b = organization("통계나 돌봄", "부산광역시", "동구", "Q", "SOCIAL_SERVICES", "ACTIVE", childId);
		designation(b, "PRE_SOCIAL_REGIONAL", "ACTIVE", today.minusYears(1), today.plusYears(2));
		designation(b, "PRE_SOCIAL_MINISTRY", "ACTIVE", today.minusMonths(3), today.plusYears(2));
		long c = organization("통계다 협동조합", "부산광역시", "동구", "C", null, "SUSPENDED", childId);
		designation(c, "COOPERATIVE", "ACTIVE", LocalDate.of(2021, 7, 1), null);
		designation(c, "SOCIAL_COOPERATIVE", "ACTIVE", LocalDate.of(2018, 1, 1), today.minusDays(1));
		long d = organization("통계라 폐업", "부산광역시", "사상구", "C", null, "CLOSED", parentId);
		designation(d, "SOCIAL_ENTERPRISE", "ACTIVE", LocalDate.of(2019, 5, 1), null);
		long e = organization("통계마 취소", "부산광역시", "동구", null, null, "ACTIVE", childId);
		designation(e, "SOCIAL_ENTERPRISE", "CANCELLED", LocalDate.of(2019, 5, 1), null);
	}

	private long center(String slug, Long parentId) {
		jdbc.update("insert into centers_center (slug, name, short_name, parent_id, region, created_at)"
				+ " values (?, ?, ?, ?, '부산광역시', current_timestamp)", slug, slug + " 센터", slug, parentId);
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private long organization(String name, String sido, String sigungu, String industry, String purpose, String status,
			long centerId) {
		String number = String.format("77%08d", Math.abs(System.nanoTime()) % 100_000_000L);
		jdbc.update("insert into enterprises_organization (name, business_number_raw, business_number, sido, sigungu,"
				+ " industry, social_purpose, status, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?,"
				+ " current_timestamp, current_timestamp)", name, number, number, sido, sigungu, industry, purpose, status);
		long id = jdbc.queryForObject("select max(id) from enterprises_organization where business_number = ?", Long.class,
				number);
		jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", id, centerId);
		return id;
	}

	private void designation(long organizationId, String type, String status, LocalDate on, LocalDate until) {
		jdbc.update("insert into enterprises_designation (organization_id, type, status, designated_on, valid_until,"
				+ " source, created_at) values (?, ?, ?, ?, ?, 'MANUAL', current_timestamp)", organizationId, type, status,
				on, until);
	}

	private String json(String slug) throws Exception {
		return mvc.perform(get("/api/v1/stats/centers/" + slug)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void typesCountOrganizationsAndDesignationsAndGroupsCountEachOrganizationOnce() throws Exception {
		var result = mvc.perform(get("/api/v1/stats/centers/" + parent)).andExpect(status().isOk());
		result.andExpect(jsonPath("$.organizations").value(4))
			.andExpect(jsonPath("$.withDesignation").value(3))
			.andExpect(jsonPath("$.referenceDate").value(Seoul.today(Clock.systemUTC()).toString()));
		Map<String, List<Integer>> byType = rows(json(parent), "by-type");
		assertThat(byType).containsEntry("사회적기업(인증)", List.of(1, 1))
			.containsEntry("예비사회적기업(지역형)", List.of(1, 1))
			.containsEntry("예비사회적기업(부처형)", List.of(1, 1))
			.containsEntry("협동조합", List.of(1, 1))
			.containsEntry("사회적협동조합", List.of(1, 1))
			.containsEntry("마을기업", List.of(0, 0))
			.containsEntry("예비사회적기업", List.of(1, 2))
			.containsEntry("(예비)사회적기업", List.of(2, 3))
			.containsEntry("(사회적)협동조합", List.of(2, 2));
	}

	@Test
	void aParentCenterIncludesItsChildAndTheChildOnlyItself() throws Exception {
		mvc.perform(get("/api/v1/stats/centers/" + child)).andExpect(jsonPath("$.organizations").value(3))
			.andExpect(jsonPath("$.withDesignation").value(2));
		assertThat(rows(json(child), "by-region")).containsExactly(Map.entry("부산광역시 동구", List.of(3)));
		assertThat(rows(json(parent), "by-region")).containsEntry("부산광역시 동구", List.of(3))
			.containsEntry("부산광역시 사상구", List.of(1));
		assertThat(rows(json(parent), "by-industry")).containsEntry("C 제조업", List.of(2)).containsEntry("미입력", List.of(1));
		// the closed organization's 2019 designation stays in 2019's figure: closing later does not rewrite history
		assertThat(rows(json(parent), "by-year")).containsEntry("2019", List.of(2, 0, 0, 0, 0, 0))
			.containsEntry("2018", List.of(0, 0, 0, 0, 1, 0));
	}

	@Test
	void demoCentersPublishWhatADirectCountOfTheTablesGives() throws Exception {
		for (String slug : List.of("busan", "gwangju", "jeonbuk")) {
			String ids = String.join(",", jdbc.queryForList("""
					with recursive tree(id) as (select id from centers_center where slug = ?
					  union all select c.id from centers_center c join tree t on c.parent_id = t.id)
					select cast(id as varchar) from tree""", String.class, slug));
			Map<String, List<Integer>> byType = rows(json(slug), "by-type");
			Map<String, String> types = Map.of("사회적기업(인증)", "'SOCIAL_ENTERPRISE'", "마을기업", "'VILLAGE_ENTERPRISE'",
					"자활기업", "'SELF_SUFFICIENCY'", "(사회적)협동조합", "'COOPERATIVE','SOCIAL_COOPERATIVE'",
					"(예비)사회적기업", "'SOCIAL_ENTERPRISE','PRE_SOCIAL_REGIONAL','PRE_SOCIAL_MINISTRY'");
			types.forEach((label, list) -> {
				Integer expected = jdbc.queryForObject("""
						select count(distinct o.id) from enterprises_organization o join enterprises_designation d
						  on d.organization_id = o.id
						where o.status <> 'CLOSED' and d.status = 'ACTIVE' and (d.valid_until is null or d.valid_until >= ?)
						  and d.type in (%s) and exists (select 1 from enterprises_organization_center oc
						  where oc.organization_id = o.id and oc.center_id in (%s))""".formatted(list, ids), Integer.class,
						Seoul.today(Clock.systemUTC()));
				assertThat(byType.get(label).get(0)).as(slug + " " + label).isEqualTo(expected);
			});
		}
	}

	@Test
	void theFiguresAgreeWithTheDirectoryFacetCounts() throws Exception {
		for (String slug : List.of("busan", "gunsan")) {
			String search = mvc.perform(get("/api/v1/organizations?scope=" + slug)).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString(StandardCharsets.UTF_8);
			var facets = JsonPath.parse(search);
			Map<String, List<Integer>> byType = rows(json(slug), "by-type");
			List<Map<String, Object>> typeFacet = facets.read("$.facets.type[*]");
			assertThat(typeFacet).isNotEmpty();
			for (Map<String, Object> value : typeFacet) {
				assertThat(byType.get((String) value.get("label"))).as(slug + " " + value.get("label"))
					.first().isEqualTo(((Number) value.get("count")).intValue());
			}
			Number total = facets.read("$.total");
			assertThat(JsonPath.parse(json(slug)).read("$.organizations", Integer.class))
				.isEqualTo(total.intValue());
		}
	}

	@Test
	void csvDownloadsCarryABomKoreanLabelsAndTheReferenceDate() throws Exception {
		byte[] body = mvc.perform(get("/c/" + parent + "/statistics/by-industry.csv")).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("by-industry.csv")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> csv = parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
		assertThat(csv.get(0)).containsExactly("업종", "기업 수", "범위", "기준일자");
		assertThat(csv).contains(List.of("C 제조업", "2", parent + " 센터", Seoul.today(Clock.systemUTC()).toString()));
		// "A 농업, 임업 및 어업" has a comma: a field with one is quoted, so every line keeps four fields.
		assertThat(parseCsv(new String(mvc.perform(get("/statistics/by-industry.csv")).andReturn().getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8).substring(1))).allSatisfy(line -> assertThat(line).hasSize(4));
		mvc.perform(get("/c/" + parent + "/statistics/no-such-table.csv")).andExpect(status().isNotFound());
	}

	@Test
	void xlsxDownloadsHoldNumbersAsNumbers() throws Exception {
		byte[] body = mvc.perform(get("/c/" + parent + "/statistics/by-type.xlsx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("유형");
			Row group = null;
			for (Row row : sheet) {
				if (row.getCell(0).getStringCellValue().equals("(예비)사회적기업")) {
					group = row;
				}
			}
			assertThat(group).isNotNull();
			assertThat(group.getCell(1).getNumericCellValue()).isEqualTo(2);
			assertThat(group.getCell(2).getNumericCellValue()).isEqualTo(3);
		}
	}

	@Test
	void thePagesShowEveryTableBesideItsChartAndLinkTheDownloads() throws Exception {
		String html = mvc.perform(get("/c/" + parent + "/statistics")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("id=\"by-type-data\"", "id=\"by-region-data\"", "id=\"by-industry-data\"",
				"id=\"by-purpose-data\"", "id=\"by-year-data\"", "data-chart=\"line\"", "by-type.xlsx", "기준일자",
				"(예비)사회적기업");
		mvc.perform(get("/statistics")).andExpect(status().isOk()).andExpect(content().string(
				Matchers.containsString("이음 네트워크 전체")));
		mvc.perform(get("/c/" + parent + "/statistics/print")).andExpect(status().isOk());
		mvc.perform(get("/c/no-such-center/statistics")).andExpect(status().isNotFound());
		mvc.perform(get("/v3/api-docs")).andExpect(content().string(Matchers.containsString("/api/v1/stats/centers/{slug}")));
	}

	@Test
	void staffSeeTheDashboardOfTheirOwnCenterOnly() throws Exception {
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		MockHttpSession staff = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email")
			.user("staff.gimhae@ieum.example").password("ieum2026!")).andReturn().getRequest().getSession();
		String html = mvc.perform(get("/admin/dashboard").session(staff)).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("월별 방문자", "상태별 기업 수", "90일 안에 끝나는 인증·지정", "이번 달 공간 이용",
				"올해 교육 참여").doesNotContain("education.kind.");
		// one headline per tile, each figure in its own unit: no sum of sessions and people, no rating times ten
		assertThat(html).doesNotContain("건·명", "점×10", "× 10");
		assertThat(countOf(html, "class=\"card\"")).isEqualTo(countOf(html, "class=\"dashboard-headline\""));
		assertThat(html).containsPattern("평균 만족도 \\(5점 만점\\)</th>\\s*<td class=\"num\"><span>[1-5]\\.[0-9]점</span>");
		assertThat(html).containsPattern("진행한 상담</span>\\s*<strong class=\"dashboard-headline-value\"><span>[0-9,]+회</span>");
		mvc.perform(get("/admin/dashboard?center=" + gimhae).session(staff)).andExpect(status().isOk());
		mvc.perform(get("/admin/dashboard?center=" + busan).session(staff)).andExpect(status().isForbidden());
		MockHttpSession citizen = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email")
			.user("citizen@ieum.example").password("ieum2026!")).andReturn().getRequest().getSession();
		mvc.perform(get("/admin/dashboard").session(citizen)).andExpect(status().isForbidden());
	}

	private static int countOf(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	@Test
	void gimhaesPublicStatisticsShowItsVisitorsAsTheArticleStatesThem() throws Exception {
		String html = mvc.perform(get("/c/gimhae/statistics")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("2018-09-13부터 2019-01-12까지 방문자 1,891명, 월평균 474명", "월별 방문자 수",
				"2018년 9월", "2019년 1월");
		String json = mvc.perform(get("/api/v1/stats/centers/gimhae")).andExpect(status().isOk())
			.andExpect(jsonPath("$.visitors.total").value(1891))
			.andExpect(jsonPath("$.visitors.monthlyAverage").value(474))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(rows(json, "visitors").values().stream().mapToInt(v -> v.get(0)).sum()).isEqualTo(1891);
		String csv = mvc.perform(get("/c/gimhae/statistics/visitors.csv")).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("2018년 10월");
		// a center that does not count visitors shows no such line
		assertThat(mvc.perform(get("/c/gunsan/statistics")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("월평균", "월별 방문자 수");
	}

	/** Rows of one table in the JSON report: label to values. */
	private static Map<String, List<Integer>> rows(String json, String table) {
		var document = JsonPath.parse(json);
		List<Map<String, Object>> rows = document.read("$.tables[?(@.id == '" + table + "')].rows[*]");
		Map<String, List<Integer>> result = new LinkedHashMap<>();
		for (Map<String, Object> row : rows) {
			@SuppressWarnings("unchecked")
			List<Number> values = (List<Number>) row.get("values");
			result.put((String) row.get("label"), values.stream().map(Number::intValue).toList());
		}
		return result;
	}

	/** RFC 4180, enough for the files the site writes. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> lines = new ArrayList<>();
		List<String> line = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				line.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\n') {
				line.add(field.toString().replace("\r", ""));
				field.setLength(0);
				lines.add(line);
				line = new ArrayList<>();
			}
			else {
				field.append(ch);
			}
		}
		return lines;
	}
}
