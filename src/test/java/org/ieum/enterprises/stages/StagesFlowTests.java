package org.ieum.enterprises.stages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.springframework.transaction.support.TransactionTemplate;

/** Staff move organizations through the stages, see the pipeline board, filter the directory and register teams. */
@IeumSpringTest
class StagesFlowTests {

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
			String nine = String.format("4%02d4%05d", NEXT.get() % 100, 161 + NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			return organizations.save(new Organization(number.formatted(), number, Set.of(center),
					new OrganizationProfile(name, null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null,
							null, null, null, null),
					Instant.now())).getId();
		});
	}

	private String stageOf(long id) {
		return jdbc.queryForList("select stage from enterprises_organization_stage where organization_id = ?", String.class, id)
			.stream().findFirst().orElse(null);
	}

	private int moves(long id) {
		return jdbc.queryForObject("select count(*) from enterprises_stage_move where organization_id = ?", Integer.class, id);
	}

	@Test
	void staffMoveAnOrganizationForwardAndBackOnlyWithAReasonAndTheHistoryIsKept() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		long id = organization("단계확인 협동조합", gimhae);
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String page = "/admin/organizations/" + id + "/stage";
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("아직 단계가 정해지지 않았습니다.")));

		mvc.perform(post(page).with(csrf()).session(staff).param("stage", "FOUNDED").param("on", today.minusDays(50).toString()))
			.andExpect(flash().attribute("notice", "stages.notice.moved"));
		mvc.perform(post(page).with(csrf()).session(staff).param("from", "FOUNDED").param("stage", "DESIGNATED")
			.param("on", today.minusDays(20).toString())).andExpect(flash().attribute("notice", "stages.notice.moved"));
		assertThat(stageOf(id)).isEqualTo("DESIGNATED");

		mvc.perform(post(page).with(csrf()).session(staff).param("from", "DESIGNATED").param("stage", "FOUNDED")
			.param("on", today.toString()).param("reason", " "))
			.andExpect(Flashes.error("앞 단계로 되돌리거나 중단에서 다시 옮길 때는 사유를 꼭 적어 주세요."));
		mvc.perform(post(page).with(csrf()).session(staff).param("from", "DESIGNATED").param("stage", "CERTIFIED")
			.param("on", today.plusDays(1).toString()))
			.andExpect(Flashes.error("앞으로의 날짜로는 단계를 옮길 수 없습니다. 오늘이나 그 이전 날짜를 입력해 주세요."));
		mvc.perform(post(page).with(csrf()).session(staff).param("from", "DESIGNATED").param("stage", "CERTIFIED")
			.param("on", "어제")).andExpect(Flashes.error("날짜를 2026-03-01처럼 연-월-일로 입력해 주세요."));
		mvc.perform(post(page).with(csrf()).session(staff).param("from", "FOUNDED").param("stage", "CERTIFIED")
			.param("on", today.toString()))
			.andExpect(Flashes.error("그사이 다른 직원이 이 조직의 단계를 옮겼습니다. 바뀐 단계를 확인하고 다시 옮겨 주세요."));
		mvc.perform(post(page).with(csrf()).session(DemoStaff.session(mvc, "busan")).param("from", "DESIGNATED")
			.param("stage", "CERTIFIED").param("on", today.toString())).andExpect(status().isForbidden());
		mvc.perform(get(page).session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());
		assertThat(stageOf(id)).isEqualTo("DESIGNATED");
		assertThat(moves(id)).isEqualTo(2);

		mvc.perform(post(page).with(csrf()).session(staff).param("from", "DESIGNATED").param("stage", "FOUNDED")
			.param("on", today.toString()).param("reason", "지정 서류 보완 중"))
			.andExpect(flash().attribute("notice", "stages.notice.moved"));
		assertThat(stageOf(id)).isEqualTo("FOUNDED");
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("지금 단계: 설립 (" + today + "부터, 0일째)")))
			.andExpect(content().string(containsString("지정 서류 보완 중")))
			.andExpect(content().string(containsString("되돌림")))
			.andExpect(content().string(containsString("단계 이동 3건")));
	}

	@Test
	void theBoardCountsTheCentersStagesAndTheDirectoryFiltersByStage() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		long waiting = organization("오래머문 인증준비 기업", gimhae);
		long other = organization("갓 옮긴 인증준비 기업", gimhae);
		mvc.perform(post("/admin/organizations/" + waiting + "/stage").with(csrf()).session(staff)
			.param("stage", "PREPARING_CERTIFICATION").param("on", today.minusYears(9).toString()));
		mvc.perform(post("/admin/organizations/" + other + "/stage").with(csrf()).session(staff)
			.param("stage", "PREPARING_CERTIFICATION").param("on", today.toString()));
		long preparing = jdbc.queryForObject("""
				select count(*) from enterprises_organization_stage s join enterprises_organization_center c
				  on c.organization_id = s.organization_id where c.center_id = ? and s.stage = 'PREPARING_CERTIFICATION'""",
				Long.class, gimhae);

		String board = mvc.perform(get("/admin/organizations/pipeline").session(staff)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(board).contains("인증 준비", "오래머문 인증준비 기업", "예비창업팀 등록");
		assertThat(board).containsPattern("stage=PREPARING_CERTIFICATION\">" + preparing + "</a>");
		assertThat(board.indexOf("오래머문 인증준비 기업")).isLessThan(board.indexOf("한 단계에 오래 머문 조직"));

		mvc.perform(get("/admin/organizations").param("stage", "PREPARING_CERTIFICATION").session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("오래머문 인증준비 기업")))
			.andExpect(content().string(containsString("갓 옮긴 인증준비 기업")))
			.andExpect(content().string(containsString("조직 " + preparing)));
		mvc.perform(get("/admin/organizations").param("stage", "LEADING").param("q", "인증준비").session(staff))
			.andExpect(content().string(not(containsString("오래머문 인증준비 기업"))));
		mvc.perform(get("/admin/organizations/pipeline").session(DemoStaff.session(mvc, "busan")))
			.andExpect(content().string(not(containsString("오래머문 인증준비 기업"))));
	}

	@Test
	void staffRegisterAFoundingTeamWithoutABusinessNumberManagedByItsFoundersAccount() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		int before = jdbc.queryForObject("select count(*) from enterprises_organization", Integer.class);
		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(staff).param("name", "김해 청년 창업 모임")
			.param("founderEmail", "nobody@ieum.example").param("stage", "DISCOVERED").param("on", today.toString()))
			.andExpect(Flashes.error("nobody@ieum.example로 가입한 회원이 없습니다. 이메일을 확인하거나 비워 두세요."));
		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(staff).param("name", "김해 청년 창업 모임")
			.param("stage", "CERTIFIED").param("on", today.toString()))
			.andExpect(Flashes.error("예비창업팀은 발굴이나 설립 준비 단계로 등록합니다."));
		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(staff).param("name", "  ")
			.param("stage", "DISCOVERED").param("on", today.toString()))
			.andExpect(Flashes.error("팀 이름을 입력해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from enterprises_organization", Integer.class)).isEqualTo(before);

		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(staff).param("name", "김해 청년 창업 모임")
			.param("founderEmail", "citizen@ieum.example").param("stage", "PREPARING_FOUNDING").param("on", today.toString()))
			.andExpect(flash().attribute("notice", "stages.notice.teamRegistered"))
			.andExpect(redirectedUrlPattern("/admin/organizations/*/stage"));
		long team = jdbc.queryForObject("select id from enterprises_organization where name = '김해 청년 창업 모임'", Long.class);
		assertThat(jdbc.queryForObject("select business_number from enterprises_organization where id = ?", String.class, team))
			.isNull();
		assertThat(stageOf(team)).isEqualTo("PREPARING_FOUNDING");
		assertThat(jdbc.queryForObject("""
				select count(*) from enterprises_manager m join identity_account a on a.id = m.account_id
				where m.organization_id = ? and a.email = 'citizen@ieum.example'""", Integer.class, team)).isEqualTo(1);
		mvc.perform(get("/admin/organizations/" + team + "/stage").session(staff))
			.andExpect(content().string(containsString("사업자등록번호가 없는 예비창업팀입니다. 연결된 회원 계정 1개.")));
		mvc.perform(post("/admin/organizations/pipeline/teams").with(csrf()).session(DemoStaff.session(mvc, "busan"))
			.param("center", String.valueOf(gimhae)).param("name", "남의 센터 팀").param("stage", "DISCOVERED")
			.param("on", today.toString())).andExpect(status().isForbidden());
	}
}
