package org.ieum.governance.giveback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ieum.centers.CentersApi;
import org.ieum.governance.report.ReportView;
import org.ieum.shared.Seoul;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Give-back projects through the pages: an organization's manager reports one on 마이페이지 (a bad
 * one refused with a Korean message and nothing saved), staff return it with a reason, the manager
 * corrects it, staff accept it and it is locked; staff enter one by business number; another
 * center's staff cannot touch it; the yearly report's give-back figures are the accepted records.
 */
@IeumSpringTest
class GiveBackFlowTests {

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
	void aManagerReportsStaffReturnAndAcceptAndTheReportCountsOnlyAccepted() throws Exception {
		LocalDate today = Seoul.today(clock);
		int year = today.getYear();
		long organization = jdbc.queryForObject("select min(m.organization_id) from enterprises_manager m"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example'", Long.class);
		// the demo organization of 회원 is supported by 부산
		long center = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		MockHttpSession member = login("member@ieum.example");
		MockHttpSession staff = login("staff.busan@ieum.example");

		mvc.perform(get("/my/governance/giveback").session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + organization + "-" + center + "\"")));

		int before = projects();
		String place = organization + "-" + center;
		mvc.perform(report(place, "점검 환원 (흐름)", today.toString(), today.minusDays(1).toString(), "3", ""))
			.andExpect(Flashes.error("종료일이 시작일보다 앞설 수 없습니다."));
		mvc.perform(report(place, "점검 환원 (흐름)", today.toString(), "", "", "0"))
			.andExpect(Flashes.error("봉사 시간이나 기부 금액 가운데 하나 이상을 0보다 크게 입력해 주세요."));
		mvc.perform(report(place, "점검 환원 (흐름)", today.plusDays(1).toString(), "", "3", ""))
			.andExpect(Flashes.error(containsString("앞으로 할 사업은 한 뒤에 보고해 주세요.")));
		mvc.perform(report(place, "점검 환원 (흐름)", today.toString(), "", "3", "백만 원"))
			.andExpect(Flashes.error(containsString("기부 금액(원)")));
		mvc.perform(report(organization + "-" + gimhae, "점검 환원 (흐름)", today.toString(), "", "3", ""))
			.andExpect(Flashes.error("관리하는 기업과 그 기업을 지원하는 센터를 골라 주세요."));
		assertThat(projects()).isEqualTo(before);

		ReportView.Table figuresBefore = table(report(staff, center, year));
		mvc.perform(report(place, "점검 환원 (흐름)", today.toString(), "", "12", "1,500,000"))
			.andExpect(flash().attribute("notice", "governance.giveback.notice.reported"));
		long id = jdbc.queryForObject("select max(id) from governance_giveback where title = '점검 환원 (흐름)'", Long.class);
		assertThat(jdbc.queryForObject("select amount_won from governance_giveback where id = ?", Long.class, id))
			.isEqualTo(1_500_000L);
		// waiting for review: not counted yet
		assertThat(table(report(staff, center, year))).isEqualTo(figuresBefore);

		String list = "/admin/governance/giveback";
		mvc.perform(get(list).session(staff).param("center", "" + center).param("year", "" + year))
			.andExpect(status().isOk()).andExpect(content().string(containsString("점검 환원 (흐름)")));
		// another center's staff cannot review it
		mvc.perform(post(list + "/" + id + "/accept").session(login("staff.gimhae@ieum.example")).with(csrf())
			.param("center", "" + gimhae)).andExpect(status().isNotFound());
		mvc.perform(post(list + "/" + id + "/return").session(staff).with(csrf()).param("center", "" + center)
			.param("note", "")).andExpect(Flashes.error("돌려보내는 까닭을 검토 의견에 적어 주세요."));
		mvc.perform(post(list + "/" + id + "/return").session(staff).with(csrf()).param("center", "" + center)
			.param("note", "참여 인원을 적어 주세요"))
			.andExpect(flash().attribute("notice", "governance.giveback.notice.returned"));
		mvc.perform(get("/my/governance/giveback/" + id).session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("참여 인원을 적어 주세요")));
		mvc.perform(edit(id, "12", "1,500,000")).andExpect(flash().attribute("notice", "governance.giveback.notice.reported"));
		assertThat(statusOf(id)).isEqualTo("SUBMITTED");
		mvc.perform(post(list + "/" + id + "/accept").session(staff).with(csrf()).param("center", "" + center))
			.andExpect(flash().attribute("notice", "governance.giveback.notice.accepted"));
		assertThat(statusOf(id)).isEqualTo("ACCEPTED");
		// accepted: locked for the managers, and a second review is refused
		mvc.perform(edit(id, "99", "")).andExpect(Flashes.error("승인된 환원사업은 고칠 수 없습니다."));
		mvc.perform(post(list + "/" + id + "/accept").session(staff).with(csrf()).param("center", "" + center))
			.andExpect(Flashes.error(containsString("검토 대기 중인")));
		assertThat(jdbc.queryForObject("select hours from governance_giveback where id = ?", Integer.class, id)).isEqualTo(12);

		// staff enter one by business number: an unknown number is refused, a known one counts at once
		String number = jdbc.queryForObject("select min(o.business_number) from enterprises_organization o join"
				+ " enterprises_organization_center c on c.organization_id = o.id where c.center_id = ?", String.class, center);
		mvc.perform(post(list).session(staff).with(csrf()).param("center", "" + center).param("businessNumber", "000-00-00000")
			.param("title", "점검 직원 등록").param("beneficiaries", "주민").param("startsOn", today.toString()).param("hours", "5"))
			.andExpect(Flashes.error("이 센터가 지원하는 기업 가운데 그 사업자등록번호를 가진 곳이 없습니다."));
		mvc.perform(post(list).session(staff).with(csrf()).param("center", "" + center).param("businessNumber", number)
			.param("title", "점검 직원 등록").param("beneficiaries", "주민").param("startsOn", today.toString()).param("hours", "5"))
			.andExpect(flash().attribute("notice", "governance.giveback.notice.recorded"));

		// the report's figures are the accepted records of the year, and link to the list of that center and year
		ReportView.Table figures = table(report(staff, center, year));
		Set<Long> scope = centers.centerAndDescendantIds(center);
		var params = new MapSqlParameterSource().addValue("centers", scope).addValue("from", LocalDate.of(year, 1, 1))
			.addValue("to", LocalDate.of(year, 12, 31));
		String accepted = " from governance_giveback where center_id in (:centers) and status = 'ACCEPTED'"
				+ " and starts_on between :from and :to";
		assertThat(figures.lines()).extracting(l -> l.amount().longValueExact()).containsExactly(
				named.queryForObject("select count(*)" + accepted, params, Long.class),
				named.queryForObject("select count(distinct organization_id)" + accepted, params, Long.class),
				named.queryForObject("select coalesce(sum(hours), 0)" + accepted, params, Long.class),
				named.queryForObject("select coalesce(sum(amount_won), 0)" + accepted, params, Long.class));
		assertThat(figures.lines().get(2).amount().longValueExact())
			.isEqualTo(figuresBefore == null ? 17 : figuresBefore.lines().get(2).amount().longValueExact() + 17);
		assertThat(figures.link()).isEqualTo(list + "?year=" + year + "&center=" + center);
		mvc.perform(get(figures.link()).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("점검 직원 등록")));
	}

	private MockHttpServletRequestBuilder report(String place, String title, String startsOn, String endsOn,
			String hours, String amount) throws Exception {
		return post("/my/governance/giveback").session(login("member@ieum.example")).with(csrf()).param("place", place)
			.param("title", title).param("beneficiaries", "지역 어르신").param("startsOn", startsOn).param("endsOn", endsOn)
			.param("hours", hours).param("amountWon", amount);
	}

	private MockHttpServletRequestBuilder edit(long id, String hours, String amount) throws Exception {
		return post("/my/governance/giveback/" + id).session(login("member@ieum.example")).with(csrf())
			.param("title", "점검 환원 (흐름)").param("beneficiaries", "지역 어르신 20명")
			.param("startsOn", Seoul.today(clock).toString()).param("hours", hours).param("amountWon", amount);
	}

	private ReportView report(MockHttpSession staff, long center, int year) throws Exception {
		return (ReportView) mvc.perform(get("/admin/governance/report").session(staff).param("center", "" + center)
			.param("year", "" + year)).andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("report");
	}

	private static ReportView.Table table(ReportView report) {
		List<ReportView.Table> found = report.tables().stream().filter(t -> t.id().equals("governance-giveback")).toList();
		return found.isEmpty() ? null : found.get(0);
	}

	private int projects() {
		return jdbc.queryForObject("select count(*) from governance_giveback", Integer.class);
	}

	private String statusOf(long id) {
		return jdbc.queryForObject("select status from governance_giveback where id = ?", String.class, id);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}
}
