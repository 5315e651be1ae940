package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.market.collaboration.CollaborationFigures;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Collaboration projects as staff, organizations' managers and the dashboard use them: staff start a project with
 * its lead (bad amounts, names and periods refused with nothing saved), a partner added twice is refused with its
 * name, milestones are overdue once their Seoul day has passed and show on the project page and the dashboard until
 * done, documents and sales are for staff and the project's organizations' managers only (another organization's
 * manager gets a 403), sales are whole won for a period that has begun, the yearly report counts projects,
 * organizations and sales, and the demo has Gwangju's joint Christmas cake.
 */
@IeumSpringTest
class CollaborationTests {

	private static final String PASSWORD = "ieum2026!";
	private static final AtomicInteger SEQ = new AtomicInteger();
	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CollaborationFigures figures;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	/** Organizations whose business number no other record shares, from the 60th on (other tests use the first ones). */
	private long organization(int index) {
		return jdbc.queryForList("select min(id) from enterprises_organization group by business_number"
				+ " having count(*) = 1 order by min(id)", Long.class).get(60 + index);
	}

	private String number(long organization) {
		return jdbc.queryForObject("select business_number from enterprises_organization where id = ?", String.class,
				organization);
	}

	private String name(long organization) {
		return jdbc.queryForObject("select name from enterprises_organization where id = ?", String.class, organization);
	}

	/** A new account of its own that manages the organization. */
	private MockHttpSession manager(long organization) throws Exception {
		String email = "collab-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at, email_verified_at)"
				+ " select ?, password_hash, '협업 담당', 'ACTIVE', current_timestamp, current_timestamp from identity_account"
				+ " where email = 'staff.gunsan@ieum.example'", email);
		long account = jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
		jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
				account);
		jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
				organization, account);
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long projects() {
		return jdbc.queryForObject("select count(*) from market_collab_project", Long.class);
	}

	/** The create form with good values, each pair of {@code changes} (name, value) replacing one. */
	private MockHttpServletRequestBuilder create(MockHttpSession staff, long center, String title, long lead,
			String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("center", "" + center);
		fields.put("title", title);
		fields.put("kind", "PRODUCT");
		fields.put("goal", "공동 케이크 1,600개");
		fields.put("supportWon", "30,000,000");
		fields.put("ownWon", "6000000원");
		fields.put("startsOn", today.minusDays(60).toString());
		fields.put("endsOn", today.plusDays(60).toString());
		fields.put("leadBusinessNumber", number(lead));
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/admin/market/projects").session(staff).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private long projectId(String title) {
		return jdbc.queryForObject("select id from market_collab_project where title = ?", Long.class, title);
	}

	private long made(MockHttpSession staff, long center, long lead) throws Exception {
		String title = "협업 시험 " + System.nanoTime();
		mvc.perform(create(staff, center, title, lead)).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "market.collab.notice.created"));
		return projectId(title);
	}

	@Test
	void staffStartAProjectAndBadInputChangesNothing() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gunsan");
		long gunsan = DemoStaff.centerId(jdbc, "gunsan");
		long lead = organization(0);
		long before = projects();
		mvc.perform(create(staff, gunsan, "음수 지원금 협업", lead, "supportWon", "-5000"))
			.andExpect(status().isOk()).andExpect(model().attribute("error", "market.collab.error.won"))
			.andExpect(content().string(containsString("0 이상의 원 단위 정수로 적어 주세요")));
		mvc.perform(create(staff, gunsan, "소수 자부담 협업", lead, "ownWon", "1000.5"))
			.andExpect(model().attribute("error", "market.collab.error.won"));
		mvc.perform(create(staff, gunsan, " ", lead)).andExpect(model().attribute("error", "market.collab.error.title"));
		mvc.perform(create(staff, gunsan, "거꾸로 협업", lead, "endsOn", today.minusDays(61).toString()))
			.andExpect(model().attribute("error", "market.collab.error.period"));
		mvc.perform(create(staff, gunsan, "주관 없는 협업", lead, "leadBusinessNumber", "123-45-00000"))
			.andExpect(model().attribute("error", "market.collab.error.organization"));
		assertThat(projects()).isEqualTo(before);

		String title = "군산 공동 브랜드 " + System.nanoTime();
		mvc.perform(create(staff, gunsan, title, lead, "kind", "BRAND")).andExpect(status().is3xxRedirection());
		long id = projectId(title);
		assertThat(jdbc.queryForMap("select support_won, own_won, status from market_collab_project where id = ?", id))
			.containsEntry("support_won", 30_000_000L).containsEntry("own_won", 6_000_000L).containsEntry("status", "ACTIVE");
		mvc.perform(get("/admin/market/projects/" + id).session(staff).param("center", "" + gunsan))
			.andExpect(status().isOk()).andExpect(content().string(containsString(name(lead))))
			.andExpect(content().string(containsString("36,000,000원")));
		// staff of another center neither see nor change it
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get("/admin/market/projects/" + id).session(gimhae).param("center", "" + DemoStaff.centerId(jdbc, "gimhae")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/admin/market/projects").session(gimhae).param("center", "" + gunsan))
			.andExpect(status().isForbidden());
		// an edit with a negative amount changes nothing
		mvc.perform(post("/admin/market/projects/" + id).session(staff).with(csrf()).param("center", "" + gunsan)
			.param("title", "바뀐 이름").param("kind", "BRAND").param("supportWon", "-1").param("ownWon", "0")
			.param("startsOn", today.toString())).andExpect(model().attribute("error", "market.collab.error.won"));
		assertThat(jdbc.queryForObject("select title from market_collab_project where id = ?", String.class, id))
			.isEqualTo(title);
	}

	@Test
	void aPartnerAddedTwiceIsRefusedWithItsNameAndNothingChanges() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gunsan");
		long gunsan = DemoStaff.centerId(jdbc, "gunsan");
		long lead = organization(1);
		long partner = organization(2);
		long id = made(staff, gunsan, lead);
		String partners = "/admin/market/projects/" + id + "/partners";
		mvc.perform(post(partners).session(staff).with(csrf()).param("center", "" + gunsan)
			.param("businessNumber", number(partner))).andExpect(flash().attribute("notice", "market.collab.notice.partnerAdded"));
		mvc.perform(post(partners).session(staff).with(csrf()).param("center", "" + gunsan)
			.param("businessNumber", number(partner)))
			.andExpect(Flashes.error(name(partner) + "은(는) 이미 이 사업에 참여하고 있습니다."));
		mvc.perform(post(partners).session(staff).with(csrf()).param("center", "" + gunsan)
			.param("businessNumber", number(lead)))
			.andExpect(Flashes.error(name(lead) + "은(는) 이미 이 사업에 참여하고 있습니다."));
		assertThat(jdbc.queryForList("select role from market_collab_member where project_id = ? order by role",
				String.class, id)).containsExactly("LEAD", "PARTNER");
		// the lead stays
		long leadRow = jdbc.queryForObject("select id from market_collab_member where project_id = ? and role = 'LEAD'",
				Long.class, id);
		mvc.perform(post(partners + "/" + leadRow + "/remove").session(staff).with(csrf()).param("center", "" + gunsan))
			.andExpect(Flashes.error(containsString("주관 조직이라 뺄 수 없습니다")));
		assertThat(jdbc.queryForObject("select count(*) from market_collab_member where project_id = ?", Long.class, id))
			.isEqualTo(2);
	}

	@Test
	void milestonesPastTheirSeoulDayAreOverdueOnThePageAndTheDashboardUntilDone() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gunsan");
		long gunsan = DemoStaff.centerId(jdbc, "gunsan");
		long id = made(staff, gunsan, organization(3));
		String page = "/admin/market/projects/" + id;
		long dashboardBefore = overdueOnDashboard(gunsan);
		mvc.perform(post(page + "/milestones").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("title", "상자 디자인 확정").param("dueOn", today.minusDays(1).toString()))
			.andExpect(flash().attribute("notice", "market.collab.notice.milestoneAdded"));
		mvc.perform(post(page + "/milestones").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("title", "오늘까지 할 일").param("dueOn", today.toString()));
		mvc.perform(post(page + "/milestones").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("title", " ").param("dueOn", today.toString()))
			.andExpect(Flashes.error("일정 이름을 200자 이내로 적어 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from market_collab_milestone where project_id = ?", Long.class, id))
			.isEqualTo(2);
		mvc.perform(get(page).session(staff).param("center", "" + gunsan))
			.andExpect(content().string(containsString("일정 2건 (기한 지남 1건)")));
		assertThat(overdueOnDashboard(gunsan)).isEqualTo(dashboardBefore + 1);
		mvc.perform(get("/admin/market/projects").session(staff).param("center", "" + gunsan))
			.andExpect(content().string(containsString("badge badge-warning")));

		long late = jdbc.queryForObject("select id from market_collab_milestone where project_id = ? and title = '상자 디자인 확정'",
				Long.class, id);
		mvc.perform(post(page + "/milestones/" + late + "/done").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("doneOn", today.plusDays(1).toString()))
			.andExpect(Flashes.error(containsString("아직 오지 않은 날입니다")));
		assertThat(overdueOnDashboard(gunsan)).isEqualTo(dashboardBefore + 1);
		mvc.perform(post(page + "/milestones/" + late + "/done").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("doneOn", today.toString())).andExpect(flash().attribute("notice", "market.collab.notice.milestoneDone"));
		mvc.perform(get(page).session(staff).param("center", "" + gunsan))
			.andExpect(content().string(containsString("일정 2건 (기한 지남 0건)")));
		assertThat(overdueOnDashboard(gunsan)).isEqualTo(dashboardBefore);
	}

	private long overdueOnDashboard(long center) {
		return figures.figures(new FigureScope(Set.of(center), today)).stream()
			.filter(t -> t.id().equals("market-collaboration-overdue")).map(FigureTable::headline)
			.mapToLong(FigureRow::value).sum();
	}

	@Test
	void documentsAndSalesAreForTheProjectsOrganizationsOnly() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gunsan");
		long gunsan = DemoStaff.centerId(jdbc, "gunsan");
		long lead = organization(4);
		long partner = organization(5);
		long id = made(staff, gunsan, lead);
		mvc.perform(post("/admin/market/projects/" + id + "/partners").session(staff).with(csrf())
			.param("center", "" + gunsan).param("businessNumber", number(partner)));
		MockHttpSession partnerManager = manager(partner);
		MockHttpSession outsider = manager(organization(6));
		String mine = "/my/market/projects/" + id;

		mvc.perform(get("/my/market/projects").session(partnerManager)).andExpect(content().string(containsString(mine)));
		mvc.perform(get("/my/market/projects").session(outsider)).andExpect(content().string(not(containsString(mine))));
		mvc.perform(get(mine).session(outsider)).andExpect(status().isForbidden());

		// a partner's manager shares a document; a renamed text file is refused and nothing is stored
		mvc.perform(multipart(mine + "/documents").file(new MockMultipartFile("file", "계획.pdf", "application/pdf",
				"그냥 글입니다".getBytes(StandardCharsets.UTF_8))).session(partnerManager).with(csrf()))
			.andExpect(Flashes.error(containsString("PDF, 한글, 오피스 문서")));
		assertThat(jdbc.queryForObject("select count(*) from market_collab_document where project_id = ?", Long.class, id))
			.isZero();
		mvc.perform(multipart(mine + "/documents").file(new MockMultipartFile("file", "공동 레시피.pdf", "application/pdf", PDF))
			.session(partnerManager).with(csrf())).andExpect(flash().attribute("notice", "market.collab.notice.shared"));
		long document = jdbc.queryForObject("select id from market_collab_document where project_id = ?", Long.class, id);
		mvc.perform(get(mine + "/documents/" + document).session(partnerManager)).andExpect(status().isOk())
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/admin/market/projects/" + id + "/documents/" + document).session(staff)
			.param("center", "" + gunsan)).andExpect(status().isOk());
		mvc.perform(get(mine + "/documents/" + document).session(outsider)).andExpect(status().isForbidden());
		mvc.perform(multipart(mine + "/documents").file(new MockMultipartFile("file", "남의.pdf", "application/pdf", PDF))
			.session(outsider).with(csrf())).andExpect(status().isForbidden());

		// sales: whole won, not negative, for a period that has begun; entering a period again corrects it
		String sales = mine + "/sales";
		mvc.perform(post(sales).session(partnerManager).with(csrf()).param("periodKind", "MONTH")
			.param("year", "" + today.getYear()).param("number", "" + today.getMonthValue()).param("won", "-1000"))
			.andExpect(Flashes.error(containsString("0 이상의 원 단위 정수")));
		mvc.perform(post(sales).session(partnerManager).with(csrf()).param("periodKind", "MONTH")
			.param("year", "" + today.getYear()).param("number", "" + today.getMonthValue()).param("won", "1200.5"))
			.andExpect(Flashes.error(containsString("0 이상의 원 단위 정수")));
		mvc.perform(post(sales).session(partnerManager).with(csrf()).param("periodKind", "QUARTER")
			.param("year", "" + today.getYear()).param("number", "5").param("won", "1000"))
			.andExpect(Flashes.error(containsString("분기는 1~4")));
		LocalDate next = today.plusMonths(1);
		mvc.perform(post(sales).session(partnerManager).with(csrf()).param("periodKind", "MONTH")
			.param("year", "" + next.getYear()).param("number", "" + next.getMonthValue()).param("won", "1000"))
			.andExpect(Flashes.error("아직 시작하지 않은 기간의 매출은 적을 수 없습니다."));
		mvc.perform(post(sales).session(outsider).with(csrf()).param("periodKind", "MONTH")
			.param("year", "" + today.getYear()).param("number", "" + today.getMonthValue()).param("won", "1000"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from market_collab_sales where project_id = ?", Long.class, id))
			.isZero();
		mvc.perform(post(sales).session(partnerManager).with(csrf()).param("periodKind", "MONTH")
			.param("year", "" + today.getYear()).param("number", "" + today.getMonthValue()).param("won", "1,000,000"))
			.andExpect(flash().attribute("notice", "market.collab.notice.salesRecorded"));
		mvc.perform(post("/admin/market/projects/" + id + "/sales").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("periodKind", "MONTH").param("year", "" + today.getYear()).param("number", "" + today.getMonthValue())
			.param("won", "1,250,000")).andExpect(flash().attribute("notice", "market.collab.notice.salesRecorded"));
		mvc.perform(get(mine).session(partnerManager)).andExpect(status().isOk())
			.andExpect(content().string(containsString("1,250,000원")))
			.andExpect(content().string(containsString("공동 레시피.pdf")));
		assertThat(jdbc.queryForList("select amount_won from market_collab_sales where project_id = ?", Long.class, id))
			.containsExactly(1_250_000L);
	}

	@Test
	void theYearlyReportCountsProjectsOrganizationsAndSales() throws Exception {
		MockHttpSession staff = DemoStaff.session(mvc, "gunsan");
		long gunsan = DemoStaff.centerId(jdbc, "gunsan");
		List<FigureTable> before = figures.yearFigures(Set.of(gunsan), Year.of(today.getYear()));
		long id = made(staff, gunsan, organization(7));
		mvc.perform(post("/admin/market/projects/" + id + "/partners").session(staff).with(csrf())
			.param("center", "" + gunsan).param("businessNumber", number(organization(8))));
		mvc.perform(post("/admin/market/projects/" + id + "/sales").session(staff).with(csrf()).param("center", "" + gunsan)
			.param("periodKind", "QUARTER").param("year", "" + today.getYear()).param("number", "1").param("won", "700,000"));
		FigureTable after = figures.yearFigures(Set.of(gunsan), Year.of(today.getYear())).get(0);
		long[] was = before.isEmpty() ? new long[3]
				: before.get(0).rows().stream().mapToLong(FigureRow::value).toArray();
		assertThat(after.rows()).extracting(FigureRow::value).containsExactly(was[0] + 1, was[1] + 2, was[2] + 700_000);
		assertThat(after.headline().value()).isEqualTo(was[2] + 700_000);
	}

	@Test
	void theDemoHasGwangjusJointChristmasCakeOfSixBakeries() throws Exception {
		long gwangju = DemoStaff.centerId(jdbc, "gwangju");
		long id = jdbc.queryForObject("select id from market_collab_project where center_id = ? and title like '%성탄 케이크%'",
				Long.class, gwangju);
		assertThat(jdbc.queryForObject("select count(*) from market_collab_member where project_id = ?", Long.class, id))
			.isEqualTo(6);
		assertThat(jdbc.queryForObject("select sum(amount_won) from market_collab_sales where project_id = ?", Long.class,
				id)).isEqualTo(1_600L * 35_000);
		MockHttpSession admin = (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email")
			.user("admin@ieum.example").password(PASSWORD)).andReturn().getRequest().getSession();
		mvc.perform(get("/admin/market/projects/" + id).session(admin).param("center", "" + gwangju)).andExpect(status().isOk())
			.andExpect(content().string(containsString("빛고을제과 주식회사")))
			.andExpect(content().string(containsString("기한 지남")));
	}
}
