package org.ieum.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The staff lists that hold people (course roster and attendance, program applications and
 * scores, consulting cases, incubation tenancies) download as XLSX only with a reason, which is
 * logged with the download, and only for staff of the list's center; every list page offers the
 * download and a print button. Space usage (figures only) downloads without a reason.
 */
@IeumSpringTest
class StaffListExportsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	/** The demo center (busan or gimhae) that has rows in the query's result, with its staff and the other's. */
	private record Case(long centerId, long subjectId, MockHttpSession staff, MockHttpSession stranger) {
	}

	private Case pick(String subjectsByCenter) throws Exception {
		for (String slug : List.of("gimhae", "busan")) {
			long center = jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
			List<Long> subjects = jdbc.queryForList(subjectsByCenter, Long.class, center);
			if (!subjects.isEmpty()) {
				String other = slug.equals("gimhae") ? "busan" : "gimhae";
				return new Case(center, subjects.get(0), login("staff." + slug + "@ieum.example"),
						login("staff." + other + "@ieum.example"));
			}
		}
		throw new AssertionError("no demo data for " + subjectsByCenter);
	}

	private long exports(String reason) {
		return jdbc.queryForObject("select count(*) from identity_personal_data_access where action = 'EXPORT' and reason = ?",
				Long.class, reason);
	}

	/** Refused without a reason, 403 for another center's staff, then the workbook with the reason logged once. */
	private List<List<String>> download(String page, String action, Case c, String heading) throws Exception {
		mvc.perform(get(page).session(c.staff())).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("action=\"" + action + "\"")))
			.andExpect(content().string(Matchers.containsString("data-print")));
		String reason = "운영위원회 보고 " + System.nanoTime();
		mvc.perform(post(action).param("reason", "짧음").with(csrf()).session(c.staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", ExportReason.REQUIRED));
		mvc.perform(post(action).param("reason", reason).with(csrf()).session(c.stranger()))
			.andExpect(status().isForbidden());
		assertThat(exports(reason)).isZero();
		byte[] xlsx = mvc.perform(post(action).param("reason", reason).with(csrf()).session(c.staff()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(ExportFormat.XLSX.mediaType()))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(exports(reason)).isOne();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getSheetAt(0).forEach(row -> {
				List<String> cells = new ArrayList<>();
				for (Cell cell : row) {
					cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf(cell.getNumericCellValue())
							: cell.getStringCellValue());
				}
				rows.add(cells);
			});
		}
		assertThat(rows.get(0)).contains(heading);
		assertThat(rows).as("a row per person").hasSizeGreaterThan(1);
		return rows;
	}

	@Test
	void courseRosterWithAttendance() throws Exception {
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		long course = jdbc.queryForObject("select min(id) from education_course where center_id = ?", Long.class, gimhae);
		jdbc.update("insert into education_enrollment (course_id, participant_name, participant_email, status, created_at)"
				+ " values (?, '=HYPERLINK(\"http://x.example\")', 'roster@example.kr', 'CONFIRMED', current_timestamp)", course);
		Case c = pick("select c.id from education_course c where c.center_id = ?"
				+ " and exists (select 1 from education_enrollment e where e.course_id = c.id) order by c.id");
		List<List<String>> rows = download("/admin/education/" + c.subjectId() + "/roster",
				"/admin/education/" + c.subjectId() + "/roster/export", c, "출석 횟수");
		assertThat(rows.get(0)).contains("참가자", "상태", "수료");
		// the writer defuses what a participant typed as their name
		assertThat(rows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("'=HYPERLINK(\"http://x.example\")"));
	}

	@Test
	void programApplicationsAndScores() throws Exception {
		Case c = pick("select p.id from programs_call p where p.center_id = ? and exists (select 1 from programs_application a"
				+ " where a.call_id = p.id and a.status <> 'DRAFT') order by p.id");
		List<List<String>> rows = download("/admin/programs/" + c.subjectId() + "/applications",
				"/admin/programs/" + c.subjectId() + "/applications/export", c, "점수");
		assertThat(rows.get(0)).contains("순위", "접수번호", "신청자");
	}

	@Test
	void consultingCases() throws Exception {
		Case c = pick("select r.center_id from consulting_request r where r.center_id = ?");
		download("/admin/consulting?center=" + c.centerId(), "/admin/consulting/export?center=" + c.centerId(), c, "신청인");
	}

	@Test
	void incubationTenancies() throws Exception {
		Case c = pick("select t.center_id from incubation_tenancy t where t.center_id = ?");
		download("/admin/incubation/tenancies?center=" + c.centerId(),
				"/admin/incubation/tenancies/export?center=" + c.centerId(), c, "입주 기업");
	}

	@Test
	void spaceUsageIsFiguresAndNeedsNoReason() throws Exception {
		Case c = pick("select s.center_id from spaces_space s where s.center_id = ?");
		String month = YearMonth.now(Seoul.ZONE).toString();
		mvc.perform(get("/admin/spaces/usage?center=" + c.centerId() + "&month=" + month).session(c.staff()))
			.andExpect(content().string(Matchers.containsString("usage.xlsx")))
			.andExpect(content().string(Matchers.containsString("data-print")));
		mvc.perform(get("/admin/spaces/usage.xlsx?center=" + c.centerId() + "&month=" + month).session(c.stranger()))
			.andExpect(status().isForbidden());
		byte[] xlsx = mvc.perform(get("/admin/spaces/usage.xlsx?center=" + c.centerId() + "&month=" + month)
				.session(c.staff()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("예약 시간(시간)");
			assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
		}
	}
}
