package org.ieum.incubation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.ieum.identity.AccountDeleted;
import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Incubation from the selection event to the exit, through the pages staff and tenants use:
 * the offer (once, however often the event arrives), acceptance, assignment with a taken
 * office refused, the extension limit, reports and their reminders, exit outcomes and the
 * figures, and who may see what.
 */
@IeumSpringTest
class IncubationFlowTests {

	private static final String PASSWORD = "ieum2026!";

	/** Accounts of this test's own: other tests delete or change some demo accounts. */
	private static final String TENANT_A = "incu-tenant-a@example.kr";
	private static final String TENANT_B = "incu-tenant-b@example.kr";
	private static final String GIMHAE_STAFF = "staff.gimhae@ieum.example";
	private static final String BUSAN_STAFF = "staff.busan@ieum.example";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OfficeRepository offices;

	@Autowired
	ReportReminders reminders;

	@Autowired
	IncubationApi api;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	Clock clock;

	@BeforeEach
	void tenantAccounts() {
		for (String email : List.of(TENANT_A, TENANT_B)) {
			if (jdbc.queryForObject("select count(*) from identity_account where email = ?", Integer.class, email) == 0) {
				jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
						+ "select ?, password_hash, ?, 'ACTIVE', current_timestamp from identity_account where email = ?",
						email, email.startsWith("incu-tenant-a") ? "보육 입주자 가" : "보육 입주자 나", GIMHAE_STAFF);
				jdbc.update("insert into identity_role_grant (account_id, role, granted_at) values (?, 'CITIZEN', current_timestamp)",
						accountId(email));
			}
		}
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password(PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private long centerId(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	private long siteId(String slug) {
		return jdbc.queryForObject("select min(id) from centers_site where center_id = ?", Long.class, centerId(slug));
	}

	private long accountId(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private LocalDate today() {
		return Seoul.today(clock);
	}

	/** Application ids far above what the programs module's identity column will reach in a test run. */
	private static long newApplicationId() {
		return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
	}

	private AwardeeSelected selected(long applicationId, CallKind kind, String email, String name) {
		return new AwardeeSelected(77L, kind, centerId("gimhae"), applicationId, "INC-" + applicationId,
				"보육 시험 공모 " + applicationId, accountId(email), null, name, Instant.now());
	}

	private void publish(AwardeeSelected event) {
		tx.executeWithoutResult(s -> events.publishEvent(event));
	}

	/** The listener runs after the publishing transaction commits, possibly on another thread. */
	private long awaitTenancy(long applicationId) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			List<Long> ids = jdbc.queryForList("select id from incubation_tenancy where application_id = ?", Long.class,
					applicationId);
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no tenancy for application " + applicationId);
	}

	private long offerTo(String email, String name) throws InterruptedException {
		long applicationId = newApplicationId();
		publish(selected(applicationId, CallKind.INCUBATION, email, name));
		return awaitTenancy(applicationId);
	}

	private Office room(String name) {
		return offices.save(new Office(centerId("gimhae"), new Office.Terms(siteId("gimhae"), name, OfficeKind.ROOM,
				new BigDecimal("15.5"), 2, "책상, 의자", 1, true), Instant.now()));
	}

	private String tenancyStatus(long tenancyId) {
		return jdbc.queryForObject("select status from incubation_tenancy where id = ?", String.class, tenancyId);
	}

	/** A tenancy accepted by its tenant and put into a new room, starting on {@code start}. */
	private long residentIn(Office office, String email, String name, LocalDate start) throws Exception {
		long id = offerTo(email, name);
		mvc.perform(post("/my/incubation/" + id + "/accept").with(csrf()).session(login(email)))
			.andExpect(flash().attribute("notice", "incubation.notice.accepted"));
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/assign").with(csrf()).session(login(GIMHAE_STAFF))
			.param("officeId", office.getId().toString()).param("startsOn", start.toString()).param("monthlyFeeWon", "0")
			.param("employeesAtMoveIn", "1"))
			.andExpect(flash().attribute("notice", "incubation.notice.assigned"));
		assertThat(tenancyStatus(id)).isEqualTo("ACTIVE");
		return id;
	}

	@Test
	void theSelectionOfAnIncubationAwardeeMakesOneOfferHoweverOftenItIsDelivered() throws Exception {
		long applicationId = newApplicationId();
		AwardeeSelected event = selected(applicationId, CallKind.INCUBATION, TENANT_A, "가온 협동조합 준비팀");
		publish(event);
		long id = awaitTenancy(applicationId);
		publish(event);
		publish(event);
		long support = newApplicationId();
		publish(selected(support, CallKind.SUPPORT, TENANT_A, "지원사업 선정 기업"));
		Thread.sleep(1500);

		assertThat(jdbc.queryForObject("select count(*) from incubation_tenancy where application_id = ?", Integer.class,
				applicationId)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from incubation_tenancy where application_id = ?", Integer.class,
				support)).isZero();
		assertThat(tenancyStatus(id)).isEqualTo("OFFERED");
		mvc.perform(get("/my/incubation").session(login(TENANT_A)))
			.andExpect(content().string(containsString("보육 시험 공모 " + applicationId)))
			.andExpect(content().string(containsString("입주 수락")));
	}

	@Test
	void anAcceptedAwardeeGetsAnOfficeForAYearAndATakenOfficeIsRefused() throws Exception {
		Office office = room("보육 시험실 가");
		long first = offerTo(TENANT_A, "첫째 입주 기업");
		long second = offerTo(TENANT_B, "둘째 입주 기업");
		mvc.perform(post("/my/incubation/" + first + "/accept").with(csrf()).session(login(TENANT_A)))
			.andExpect(redirectedUrl("/my/incubation"));
		mvc.perform(post("/my/incubation/" + second + "/accept").with(csrf()).session(login(TENANT_B)));
		assertThat(tenancyStatus(first)).isEqualTo("ACCEPTED");
		assertThat(jdbc.queryForObject("select contact_email from incubation_tenancy where id = ?", String.class, first))
			.isEqualTo(TENANT_A);

		MockHttpSession staff = login(GIMHAE_STAFF);
		LocalDate start = LocalDate.of(2026, 3, 1);
		mvc.perform(post("/admin/incubation/tenancies/" + first + "/assign").with(csrf()).session(staff)
			.param("officeId", office.getId().toString()).param("startsOn", start.toString()).param("monthlyFeeWon", "0"))
			.andExpect(flash().attribute("notice", "incubation.notice.assigned"));
		assertThat(jdbc.queryForObject("select ends_on from incubation_tenancy where id = ?", LocalDate.class, first))
			.isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(jdbc.queryForObject("select count(*) from incubation_checklist_item where tenancy_id = ?",
				Integer.class, first)).isEqualTo(3);
		assertThat(jdbc.queryForObject("select body from shared_mail_outbox where recipient = ? and subject like ?",
				String.class, TENANT_A, "%보육 시험실 가%")).contains("입주 기간: 2026-03-01 ~ 2027-02-28");

		mvc.perform(post("/admin/incubation/tenancies/" + second + "/assign").with(csrf()).session(staff)
			.param("officeId", office.getId().toString()).param("startsOn", start.toString()))
			.andExpect(Flashes.error("보육 시험실 가에는 이미 입주 기업이 있습니다. 다른 사무실을 선택하세요."));
		assertThat(tenancyStatus(second)).isEqualTo("ACCEPTED");

		mvc.perform(post("/admin/incubation/tenancies/" + second + "/assign").with(csrf()).session(staff)
			.param("officeId", office.getId().toString()).param("startsOn", "내일"))
			.andExpect(Flashes.error("날짜를 2026-03-02 형식으로 입력해 주세요."));

		// the public page shows the office as taken without naming who took it
		mvc.perform(get("/c/gimhae/incubation"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("보육 시험실 가")))
			.andExpect(content().string(not(containsString("첫째 입주 기업"))));
		mvc.perform(get("/admin/incubation").session(staff))
			.andExpect(content().string(containsString("첫째 입주 기업")))
			.andExpect(content().string(containsString("2027-02-28")));
	}

	@Test
	void extensionsStopAtTheConfiguredMaximumWithAKoreanMessage() throws Exception {
		Office office = room("보육 시험실 나");
		LocalDate start = today().minusMonths(1);
		long id = residentIn(office, TENANT_A, "연장 시험 기업", start);
		MockHttpSession staff = login(GIMHAE_STAFF);

		LocalDate eighteenMonths = start.plusMonths(18).minusDays(1);
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/extend").with(csrf()).session(staff)
			.param("newEnd", eighteenMonths.toString()).param("reason", "성과 우수"))
			.andExpect(flash().attribute("notice", "incubation.notice.extended"));

		LocalDate latest = start.plusMonths(24).minusDays(1);
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/extend").with(csrf()).session(staff)
			.param("newEnd", latest.plusDays(1).toString()))
			.andExpect(Flashes.error("입주 기간은 연장을 포함해 " + latest + "까지만 가능합니다."));
		assertThat(jdbc.queryForObject("select ends_on from incubation_tenancy where id = ?", LocalDate.class, id))
			.isEqualTo(eighteenMonths);
		assertThat(jdbc.queryForObject("select count(*) from incubation_extension where tenancy_id = ?", Integer.class, id))
			.isEqualTo(1);

		mvc.perform(post("/admin/incubation/tenancies/" + id + "/extend").with(csrf()).session(staff)
			.param("newEnd", latest.toString()))
			.andExpect(flash().attribute("notice", "incubation.notice.extended"));
	}

	@Test
	void tenantsReportPerPeriodAndBadFiguresChangeNothing() throws Exception {
		Office office = room("보육 시험실 다");
		long id = residentIn(office, TENANT_A, "보고 시험 기업", today().minusMonths(4));
		MockHttpSession tenant = login(TENANT_A);

		mvc.perform(get("/my/incubation/" + id + "/reports/1").session(tenant)).andExpect(status().isOk());
		mvc.perform(post("/my/incubation/" + id + "/reports/1").with(csrf()).session(tenant)
			.param("employees", "4").param("revenueWon", "삼백만원").param("milestones", "첫 납품"))
			.andExpect(Flashes.error("매출은 0 이상의 원 단위 숫자로 입력해 주세요."));
		assertThat(jdbc.queryForObject("select count(*) from incubation_report where tenancy_id = ?", Integer.class, id))
			.isZero();

		mvc.perform(post("/my/incubation/" + id + "/reports/1").with(csrf()).session(tenant)
			.param("employees", "4").param("revenueWon", "3000000").param("milestones", "첫 납품 완료"))
			.andExpect(flash().attribute("notice", "incubation.notice.reportSubmitted"));
		// a period that has not begun cannot be reported yet
		mvc.perform(post("/my/incubation/" + id + "/reports/3").with(csrf()).session(tenant)
			.param("employees", "4").param("revenueWon", "1"))
			.andExpect(Flashes.error(containsString("부터 제출할 수 있습니다.")));
		assertThat(jdbc.queryForObject("select employees from incubation_report where tenancy_id = ? and period_no = 1",
				Integer.class, id)).isEqualTo(4);

		mvc.perform(get("/admin/incubation/tenancies/" + id).session(login(GIMHAE_STAFF)))
			.andExpect(content().string(containsString("첫 납품 완료")))
			.andExpect(content().string(containsString("3,000,000원")));
		// 4 employees reported against 1 at move-in: 3 jobs created by this tenant
		IncubationFigures figures = api.figures(List.of(centerId("gimhae")), today());
		assertThat(figures.jobsCreated()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void remindersGoOutOncePerPeriodHoweverOftenTheJobRuns() throws Exception {
		Office office = room("보육 시험실 라");
		// period 1 ended about ten days ago, so its report is due in about three days: a SOON reminder
		LocalDate start = today().minusDays(10).minusMonths(3);
		long id = residentIn(office, TENANT_B, "알림 시험 기업", start);
		reminders.sendDue();
		assertThat(mailsTo(TENANT_B, "1기")).isEqualTo(1);
		reminders.sendDue();
		reminders.sendDue();
		assertThat(mailsTo(TENANT_B, "1기")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from incubation_reminder where tenancy_id = ?", Integer.class, id))
			.isEqualTo(1);

		// a submitted report stops reminders for its period; an overdue one gets its own reminder once
		Office other = room("보육 시험실 마");
		long late = residentIn(other, TENANT_A, "지각 시험 기업", today().minusMonths(5));
		reminders.sendDue();
		reminders.sendDue();
		assertThat(jdbc.queryForObject(
				"select count(*) from incubation_reminder where tenancy_id = ? and period_no = 1 and kind = 'OVERDUE'",
				Integer.class, late)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, TENANT_A, "%1기%지났습니다%")).isGreaterThanOrEqualTo(1);
		mvc.perform(get("/admin/incubation").session(login(GIMHAE_STAFF)))
			.andExpect(content().string(containsString("기한이 지난 입주 보고서")))
			.andExpect(content().string(containsString("지각 시험 기업")));
	}

	@Test
	void aTenancyEnteredAfterTheFactGetsOneMailForAllItsOverdueReports() throws Exception {
		Office office = room("보육 시험실 바");
		// quarterly reports with two weeks' grace: periods 1 to 3 of a tenancy begun ten months ago are overdue
		long id = residentIn(office, TENANT_B, "소급 입력 기업", today().minusMonths(10));
		reminders.sendDue();
		reminders.sendDue();

		List<String> subjects = jdbc.queryForList(
				"select subject from shared_mail_outbox where recipient = ? and subject like '%소급 입력 기업 입주 보고서%'",
				String.class, TENANT_B);
		assertThat(subjects).containsExactly("[이음] 소급 입력 기업 입주 보고서 3건의 제출 기한이 지났습니다");
		String body = jdbc.queryForObject(
				"select body from shared_mail_outbox where recipient = ? and subject like '%소급 입력 기업 입주 보고서%'",
				String.class, TENANT_B);
		assertThat(body).contains("- 1기: 보고 기간 ", "- 2기: ", "- 3기: ", "/my/incubation");
		assertThat(jdbc.queryForObject("select count(*) from incubation_reminder where tenancy_id = ? and kind = 'OVERDUE'",
				Integer.class, id)).isEqualTo(3);
	}

	private int mailsTo(String email, String fragment) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ? and subject like ?",
				Integer.class, email, "%" + fragment + "%", "%알림 시험 기업%");
	}

	@Test
	void exitsRecordTheirOutcomeFreeTheOfficeAndCountAsGraduation() throws Exception {
		long gimhae = centerId("gimhae");
		IncubationFigures before = api.figures(List.of(gimhae), today());
		Office office = room("보육 시험실 바");
		long id = residentIn(office, TENANT_A, "졸업 시험 기업", today().minusMonths(6));
		MockHttpSession staff = login(GIMHAE_STAFF);
		assertThat(api.figures(List.of(gimhae), today()).occupiedRooms()).isEqualTo(before.occupiedRooms() + 1);

		mvc.perform(post("/admin/incubation/tenancies/" + id + "/exit").with(csrf()).session(staff)
			.param("outcome", "CERTIFIED").param("exitedOn", today().minusMonths(7).toString()))
			.andExpect(Flashes.error("퇴실일은 입주일보다 빠를 수 없습니다."));
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/exit").with(csrf()).session(staff)
			.param("outcome", "NONSENSE").param("exitedOn", today().toString()))
			.andExpect(Flashes.error("퇴실 결과를 선택해 주세요."));
		assertThat(tenancyStatus(id)).isEqualTo("ACTIVE");

		mvc.perform(post("/admin/incubation/tenancies/" + id + "/exit").with(csrf()).session(staff)
			.param("outcome", "CERTIFIED").param("exitedOn", today().toString()).param("note", "예비사회적기업 지정"))
			.andExpect(flash().attribute("notice", "incubation.notice.ended"));
		assertThat(tenancyStatus(id)).isEqualTo("ENDED");
		IncubationFigures after = api.figures(List.of(gimhae), today());
		assertThat(after.graduatedCertified()).isEqualTo(before.graduatedCertified() + 1);
		assertThat(after.occupiedRooms()).isEqualTo(before.occupiedRooms());

		// the freed room takes the next tenant; a closed business does not count as graduated
		long next = residentIn(office, TENANT_B, "다음 입주 기업", today().minusMonths(1));
		mvc.perform(post("/admin/incubation/tenancies/" + next + "/exit").with(csrf()).session(staff)
			.param("outcome", "CLOSED").param("exitedOn", today().toString()))
			.andExpect(flash().attribute("notice", "incubation.notice.ended"));
		IncubationFigures closed = api.figures(List.of(gimhae), today());
		assertThat(closed.graduated()).isEqualTo(after.graduated());
		assertThat(closed.closed()).isEqualTo(after.closed() + 1);

		List<FigureTable> tables = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(Set.of(gimhae), today())).stream())
			.filter(t -> t.id().startsWith("incubation-"))
			.toList();
		assertThat(tables).extracting(FigureTable::id)
			.containsExactly("incubation-occupied", "incubation-graduated", "incubation-jobs");
		assertThat(tables.get(1).headline().value()).isEqualTo(closed.graduated());
	}

	@Test
	void tenantsSeeOnlyTheirOwnAndStaffOnlyTheirCentersWithAccessLogged() throws Exception {
		Office office = room("보육 시험실 사");
		long mine = residentIn(office, TENANT_A, "비밀 보육 기업 가", today().minusMonths(4));
		long offer = offerTo(TENANT_A, "비밀 보육 제안 가");
		MockHttpSession other = login(TENANT_B);

		mvc.perform(get("/my/incubation").session(other))
			.andExpect(content().string(not(containsString("비밀 보육"))));
		mvc.perform(get("/my/incubation/" + mine + "/reports/1").session(other)).andExpect(status().isNotFound());
		mvc.perform(post("/my/incubation/" + mine + "/reports/1").with(csrf()).session(other)
			.param("employees", "9").param("revenueWon", "9")).andExpect(status().isNotFound());
		mvc.perform(post("/my/incubation/" + offer + "/decline").with(csrf()).session(other))
			.andExpect(status().isNotFound());
		assertThat(tenancyStatus(offer)).isEqualTo("OFFERED");
		assertThat(jdbc.queryForObject("select count(*) from incubation_report where tenancy_id = ?", Integer.class, mine))
			.isZero();
		mvc.perform(get("/my/incubation")).andExpect(status().is3xxRedirection());

		MockHttpSession busan = login(BUSAN_STAFF);
		mvc.perform(get("/admin/incubation/tenancies/" + mine).session(busan)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/incubation/tenancies/" + offer + "/answer").with(csrf()).session(busan)
			.param("accepted", "false")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/incubation/offices/" + office.getId()).with(csrf()).session(busan)
			.param("siteId", String.valueOf(siteId("gimhae"))).param("name", "가로챈 이름").param("kind", "ROOM")
			.param("area", "10").param("desks", "1").param("capacity", "1")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/incubation?center=" + centerId("gimhae")).session(busan)).andExpect(status().isForbidden());
		assertThat(tenancyStatus(offer)).isEqualTo("OFFERED");
		assertThat(offices.findById(office.getId()).orElseThrow().getName()).isEqualTo("보육 시험실 사");
		mvc.perform(get("/my/incubation").session(login(TENANT_B))).andExpect(status().isOk());

		int logged = jdbc.queryForObject("select count(*) from identity_personal_data_access where detail = ?",
				Integer.class, "입주 기업 정보 조회 (입주 " + mine + ")");
		mvc.perform(get("/admin/incubation/tenancies/" + mine).session(login(GIMHAE_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("비밀 보육 기업 가")));
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where detail = ? and subject_account_id = ?",
				Integer.class, "입주 기업 정보 조회 (입주 " + mine + ")", accountId(TENANT_A))).isEqualTo(logged + 1);
		mvc.perform(get("/admin/incubation/tenancies/99999999").session(login(GIMHAE_STAFF)))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffKeepOfficesWithValidationAndRecordTenantsThemselves() throws Exception {
		MockHttpSession staff = login(GIMHAE_STAFF);
		long gimhae = centerId("gimhae");
		int before = offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(gimhae).size();

		mvc.perform(post("/admin/incubation/offices/new").with(csrf()).session(staff).param("center", String.valueOf(gimhae))
			.param("siteId", String.valueOf(siteId("gimhae"))).param("name", "보육 검증실").param("kind", "ROOM")
			.param("area", "열다섯").param("desks", "2").param("capacity", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("사무실 면적을 ㎡ 단위 숫자")));
		mvc.perform(post("/admin/incubation/offices/new").with(csrf()).session(staff).param("center", String.valueOf(gimhae))
			.param("siteId", String.valueOf(siteId("busan"))).param("name", "보육 검증실").param("kind", "ROOM")
			.param("area", "15").param("desks", "2").param("capacity", "1"))
			.andExpect(content().string(containsString("이 센터의 장소를 선택해 주세요.")));
		assertThat(offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(gimhae)).hasSize(before);

		mvc.perform(post("/admin/incubation/offices/new").with(csrf()).session(staff).param("center", String.valueOf(gimhae))
			.param("siteId", String.valueOf(siteId("gimhae"))).param("name", "보육 공유 가상오피스").param("kind", "VIRTUAL")
			.param("desks", "0").param("capacity", "2").param("active", "true"))
			.andExpect(flash().attribute("notice", "incubation.notice.officeSaved"));
		Office virtual = offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(gimhae).stream()
			.filter(o -> o.getName().equals("보육 공유 가상오피스")).findFirst().orElseThrow();
		assertThat(virtual.getCapacity()).isEqualTo(2);

		// a recorded tenant linked by e-mail sees the tenancy; a virtual office takes as many as its capacity
		for (String name : List.of("직접 등록 기업 하나", "직접 등록 기업 둘", "직접 등록 기업 셋")) {
			mvc.perform(post("/admin/incubation/tenancies/new").with(csrf()).session(staff)
				.param("center", String.valueOf(gimhae)).param("tenantName", name).param("contactEmail", TENANT_B))
				.andExpect(flash().attribute("notice", "incubation.notice.recorded"));
		}
		List<Long> recorded = jdbc.queryForList(
				"select id from incubation_tenancy where tenant_name like '직접 등록 기업%' and status = 'ACCEPTED' order by id desc limit 3",
				Long.class);
		String[] outcomes = { "incubation.notice.assigned", "incubation.notice.assigned", null };
		for (int i = 0; i < 3; i++) {
			var result = mvc.perform(post("/admin/incubation/tenancies/" + recorded.get(i) + "/assign").with(csrf())
				.session(staff).param("officeId", virtual.getId().toString()).param("startsOn", today().toString()));
			if (outcomes[i] != null) {
				result.andExpect(flash().attribute("notice", outcomes[i]));
			}
			else {
				result.andExpect(Flashes.error("보육 공유 가상오피스에는 남은 자리가 없습니다."));
			}
		}
		mvc.perform(get("/my/incubation").session(login(TENANT_B)))
			.andExpect(content().string(containsString("직접 등록 기업 하나")));
		mvc.perform(post("/admin/incubation/offices/" + virtual.getId()).with(csrf()).session(staff)
			.param("siteId", String.valueOf(siteId("gimhae"))).param("name", "보육 공유 가상오피스").param("kind", "VIRTUAL")
			.param("desks", "0").param("capacity", "1").param("active", "true"))
			.andExpect(content().string(containsString("지금 2개 기업이 입주해 있어")));
		mvc.perform(post("/admin/incubation/offices/" + virtual.getId() + "/delete").with(csrf()).session(staff))
			.andExpect(Flashes.error(containsString("삭제할 수 없습니다")));
	}
	@Test
	void staffRecordAnAnswerGivenByPhoneSeeEndingTenanciesAndDeletedAccountsAreForgotten() throws Exception {
		String email = "incu-phone-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "select ?, password_hash, '전화 응답자', 'ACTIVE', current_timestamp from identity_account where email = ?",
				email, GIMHAE_STAFF);
		long id = offerTo(email, "전화로 수락한 예비창업자");
		MockHttpSession staff = login(GIMHAE_STAFF);
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/answer").with(csrf()).session(staff)
			.param("accepted", "true").param("contactEmail", "전화번호뿐"))
			.andExpect(Flashes.error("이메일 주소 형식이 아닙니다."));
		assertThat(tenancyStatus(id)).isEqualTo("OFFERED");
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/answer").with(csrf()).session(staff)
			.param("accepted", "true").param("contactEmail", email))
			.andExpect(flash().attribute("notice", "incubation.notice.accepted"));
		assertThat(tenancyStatus(id)).isEqualTo("ACCEPTED");

		Office office = room("보육 시험실 아");
		LocalDate start = today().minusMonths(11);
		mvc.perform(post("/admin/incubation/tenancies/" + id + "/assign").with(csrf()).session(staff)
			.param("officeId", office.getId().toString()).param("startsOn", start.toString())
			.param("endsOn", today().plusDays(20).toString()).param("monthlyFeeWon", "50,000"))
			.andExpect(flash().attribute("notice", "incubation.notice.assigned"));
		assertThat(jdbc.queryForObject("select monthly_fee_won from incubation_tenancy where id = ?", Long.class, id))
			.isEqualTo(50_000L);
		mvc.perform(get("/admin/incubation").session(staff))
			.andExpect(content().string(containsString("60일 안에 끝나는 입주")))
			.andExpect(content().string(containsString("전화로 수락한 예비창업자")));

		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(accountId(email))));
		assertThat(jdbc.queryForMap("select tenant_account_id, contact_email, tenant_name from incubation_tenancy where id = ?", id))
			.containsEntry("tenant_account_id", null)
			.containsEntry("contact_email", null)
			.containsEntry("tenant_name", "탈퇴한 회원");
		assertThat(tenancyStatus(id)).isEqualTo("ACTIVE");
	}
}
