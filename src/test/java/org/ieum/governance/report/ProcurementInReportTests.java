package org.ieum.governance.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.ieum.centers.CentersApi;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The yearly report page's procurement figure is the sum of the center's confirmed purchase records
 * of that year (and of the centers below it), and it links to the procurement page of that center
 * and year.
 */
@IeumSpringTest
class ProcurementInReportTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	NamedParameterJdbcTemplate named;

	@Autowired
	CentersApi centers;

	@Test
	void theReportsProcurementFigureIsThePurchaseRecords() throws Exception {
		Map<String, Object> demo = jdbc.queryForMap("select c.slug, p.center_id, p.contract_date from market_purchase p"
				+ " join centers_center c on c.id = p.center_id where p.confirmed_at is not null"
				+ " order by p.id fetch first 1 rows only");
		long center = ((Number) demo.get("center_id")).longValue();
		Object day = demo.get("contract_date");
		int year = (day instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) day).getYear();
		String staff = "staff." + demo.get("slug") + "@ieum.example";
		MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(staff)
			.password("ieum2026!")).andReturn().getRequest().getSession();
		ReportView report = (ReportView) mvc.perform(get("/admin/governance/report").session(session)
			.param("center", "" + center).param("year", "" + year))
			.andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("report");
		ReportView.Table table = report.tables().stream().filter(t -> t.id().equals("report-procurement")).findFirst()
			.orElseThrow();

		long recorded = named.queryForObject("select coalesce(sum(amount_won), 0) from market_purchase"
				+ " where center_id in (:centers) and confirmed_at is not null and contract_date between :from and :to",
				new MapSqlParameterSource().addValue("centers", centers.centerAndDescendantIds(center))
					.addValue("from", LocalDate.of(year, 1, 1)).addValue("to", LocalDate.of(year, 12, 31)),
				Long.class);
		assertThat(recorded).isPositive();
		assertThat(table.lines().get(1).amount().longValueExact()).isEqualTo(recorded);
		assertThat(table.link()).isEqualTo("/admin/market/procurement?year=" + year + "&center=" + center);
		mvc.perform(get(table.link()).session(session)).andExpect(status().isOk());
	}
}
