package org.ieum.stats.cohorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.shared.Seoul;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff form a cohort, add organizations and read its 1/2/3-year progress, which equals the stage history and the
 * designations; the public statistics show the counts without names; another center's staff are refused.
 */
@IeumSpringTest
class CohortsFlowTests {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	Clock clock;

	private long organization(String name, long center) {
		return tx.execute(s -> {
			String nine = String.format("8%02d8%05d", NEXT.get() % 100, 190 + NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			return organizations.save(new Organization(number.formatted(), number, Set.of(center),
					new OrganizationProfile(name, null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null,
							null, null, null, null),
					Instant.now())).getId();
		});
	}

	private void moved(long organization, String stage, LocalDate on) {
		jdbc.update("insert into enterprises_stage_move (organization_id, stage, moved_on, backwards, recorded_at)"
				+ " values (?, ?, ?, false, current_timestamp)", organization, stage, on);
	}

	private void designated(long organization, String type, LocalDate on) {
		jdbc.update("insert into enterprises_designation (organization_id, type, status, designated_on, source, created_at)"
				+ " values (?, ?, 'ACTIVE', ?, 'MANUAL', current_timestamp)", organization, type, on);
	}

	private long cohortByHand(MockHttpSession staff, long center, String name, LocalDate start) throws Exception {
		MvcResult created = mvc.perform(post("/admin/cohorts/hand").with(csrf()).session(staff)
			.param("center", String.valueOf(center)).param("name", name).param("startsOn", start.toString()))
			.andExpect(flash().attribute("notice", "cohorts.notice.created"))
			.andReturn();
		return Long.parseLong(created.getResponse().getRedirectedUrl().replace("/admin/cohorts/", ""));
	}

	private long members(long cohort) {
		return jdbc.queryForObject("select count(*) from stats_cohort_member where cohort_id = ?", Long.class, cohort);
	}

	@Test
	void theProgressTableCountsWhatTheRecordsSayWithinOneTwoAndThreeYears() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate start = Seoul.today(clock).minusYears(4);
		long early = organization("코호트확인 일찍 설립", gimhae);
		moved(early, "FOUNDED", start.minusDays(30));
		long designatedSecondYear = organization("코호트확인 둘째 해 지정", gimhae);
		moved(designatedSecondYear, "PREPARING_FOUNDING", start.plusDays(10));
		moved(designatedSecondYear, "FOUNDED", start.plusDays(200));
		moved(designatedSecondYear, "DESIGNATED", start.plusDays(500));
		long certifiedByRecord = organization("코호트확인 인증 기록", gimhae);
		designated(certifiedByRecord, "PRE_SOCIAL_REGIONAL", start.plusYears(2).plusDays(20));
		designated(certifiedByRecord, "SOCIAL_ENTERPRISE", start.plusYears(3));
		long leadingLate = organization("코호트확인 늦은 선도기업", gimhae);
		moved(leadingLate, "LEADING", start.plusYears(3).plusDays(1));
		long nothing = organization("코호트확인 발굴만", gimhae);
		moved(nothing, "DISCOVERED", start.plusDays(1));

		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long cohort = cohortByHand(staff, gimhae, "코호트확인 2022 아카데미 " + NEXT.get(), start);
		for (long id : List.of(early, designatedSecondYear, certifiedByRecord, leadingLate, nothing)) {
			mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(staff)
				.param("organizationId", String.valueOf(id))).andExpect(flash().attribute("notice", "cohorts.notice.added"));
		}
		mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(staff)
			.param("organizationId", String.valueOf(early)))
			.andExpect(Flashes.error("코호트확인 일찍 설립은(는) 이미 이 코호트에 있습니다."));
		mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(staff)
			.param("organizationId", "열둘")).andExpect(Flashes.error("추가할 조직 번호를 숫자로 입력하세요."));
		assertThat(members(cohort)).isEqualTo(5);

		CohortPage page = (CohortPage) mvc.perform(get("/admin/cohorts/" + cohort).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("코호트확인 둘째 해 지정")))
			.andReturn().getModelAndView().getModel().get("cohort");
		CohortProgress progress = page.progress();
		assertThat(progress.members()).isEqualTo(5);
		assertThat(progress.yearsEnded()).containsExactly(true, true, true);
		// founded: early at the start; the second one in year 1; the certified one through its designation in year 3
		assertThat(progress.row(Milestone.FOUNDED).atStart()).isEqualTo(1);
		assertThat(progress.row(Milestone.FOUNDED).withinYears()).containsExactly(2L, 2L, 3L);
		assertThat(progress.row(Milestone.DESIGNATED).withinYears()).containsExactly(0L, 1L, 2L);
		// certified on the very last day of year 3 counts; the leading enterprise a day later does not
		assertThat(progress.row(Milestone.CERTIFIED).withinYears()).containsExactly(0L, 0L, 1L);

		byte[] xlsx = mvc.perform(get("/admin/cohorts/" + cohort + "/progress.xlsx").session(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(xlsx).startsWith('P', 'K');
		mvc.perform(get("/admin/cohorts/" + cohort + "/progress.csv").session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("코호트확인 인증 기록," + start.plusYears(2).plusDays(20))));

		// the public page shows the cohort's counts but never an organization's name
		mvc.perform(get("/c/gimhae/statistics")).andExpect(status().isOk())
			.andExpect(content().string(containsString(page.name() + ": 3년 이내 인증")))
			.andExpect(content().string(not(containsString("코호트확인 둘째 해 지정"))));
		String csv = mvc.perform(get("/c/gimhae/statistics/cohort-progress.csv")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).contains(page.name() + ": 2년 이내 지정,1").doesNotContain("코호트확인 일찍 설립");
	}

	@Test
	void anotherCentersStaffAreRefusedAndChangeNothing() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		long org = organization("코호트확인 남의 센터", gimhae);
		long other = organization("코호트확인 추가 시도", gimhae);
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long cohort = cohortByHand(staff, gimhae, "코호트확인 권한 " + NEXT.get(), Seoul.today(clock).minusYears(1));
		mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(staff)
			.param("organizationId", String.valueOf(org))).andExpect(flash().attribute("notice", "cohorts.notice.added"));

		MockHttpSession busan = DemoStaff.session(mvc, "busan");
		mvc.perform(get("/admin/cohorts/" + cohort).session(busan)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/cohorts/" + cohort + "/progress.xlsx").session(busan)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(busan)
			.param("organizationId", String.valueOf(other))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/cohorts/" + cohort + "/members/" + org + "/remove").with(csrf()).session(busan))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForList("select organization_id from stats_cohort_member where cohort_id = ?", Long.class,
				cohort)).containsExactly(org);

		// nor can a cohort take an organization of another center
		long busanCenter = DemoStaff.centerId(jdbc, "busan");
		long busanOrg = organization("코호트확인 부산 조직", busanCenter);
		mvc.perform(post("/admin/cohorts/" + cohort + "/members").with(csrf()).session(staff)
			.param("organizationId", String.valueOf(busanOrg)))
			.andExpect(Flashes.error("코호트확인 부산 조직은(는) 이 센터 소속 조직이 아니어서 추가할 수 없습니다."));
		assertThat(members(cohort)).isEqualTo(1);
	}

	@Test
	void aCourseOfAnotherCenterIsRefusedWithAMessageAndNoCohortIsMade() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		long busan = DemoStaff.centerId(jdbc, "busan");
		long busanCourse = jdbc.queryForObject("select min(id) from education_course where center_id = ?", Long.class,
				busan);
		long before = jdbc.queryForObject("select count(*) from stats_cohort", Long.class);
		mvc.perform(post("/admin/cohorts/course").with(csrf()).session(DemoStaff.session(mvc, "gimhae"))
			.param("center", String.valueOf(gimhae)).param("courseId", String.valueOf(busanCourse)))
			.andExpect(Flashes.error("다른 센터의 교육과정으로는 코호트를 만들 수 없습니다. 이 센터의 교육과정을 고르세요."));
		mvc.perform(post("/admin/cohorts/hand").with(csrf()).session(DemoStaff.session(mvc, "gimhae"))
			.param("center", String.valueOf(gimhae)).param("name", "코호트확인 미래").param("startsOn",
					Seoul.today(clock).plusDays(1).toString()))
			.andExpect(Flashes.error("시작일은 오늘이나 지난 날이어야 합니다."));
		assertThat(jdbc.queryForObject("select count(*) from stats_cohort", Long.class)).isEqualTo(before);
	}
}
