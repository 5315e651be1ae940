package org.ieum.enterprises.journey;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.identity.tokens.ApiTokens;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureScope;
import org.ieum.support.DemoStaff;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Obligations from designations: seen by managers and staff, closed once with evidence, reminded once each. */
@IeumSpringTest
class ObligationsFlowTests {

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
	DesignationRepository designations;

	@Autowired
	OrganizationManagerRepository managers;

	@Autowired
	ObligationReminders reminders;

	@Autowired
	OverdueObligationFigures figures;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Clock clock;

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	private long account(String email) {
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	/** An organization of the Gimhae center managed by the demo member, holding these designations. */
	private long organization(String name, long center, DesignationTerms... terms) {
		return tx.execute(s -> {
			String nine = String.format("5%02d5%05d", NEXT.get() % 100, NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			Organization o = organizations.save(new Organization(number.formatted(), number, Set.of(center),
					new OrganizationProfile(name, null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null,
							null, null, null, null),
					Instant.now()));
			for (DesignationTerms t : terms) {
				designations.save(new Designation(o.getId(), t, Designation.MANUAL, Instant.now()));
			}
			managers.save(new OrganizationManager(o.getId(), account("member@ieum.example"), Instant.now()));
			return o.getId();
		});
	}

	private static DesignationTerms socialEnterprise(LocalDate since) {
		return new DesignationTerms(DesignationType.SOCIAL_ENTERPRISE, "제2015-777호", "고용노동부", null, null, 1, since, null,
				DesignationStatus.ACTIVE);
	}

	private static DesignationTerms preSocial(LocalDate since, LocalDate until) {
		return new DesignationTerms(DesignationType.PRE_SOCIAL_REGIONAL, null, "경상남도", null, null, null, since, until,
				DesignationStatus.ACTIVE);
	}

	private int closures(long organizationId) {
		return jdbc.queryForObject("""
				select count(*) from enterprises_obligation_closure c join enterprises_designation d on d.id = c.designation_id
				where d.organization_id = ?""", Integer.class, organizationId);
	}

	private String overdueReportKey(long organizationId) {
		LocalDate today = Seoul.today(clock);
		long designation = jdbc.queryForObject(
				"select id from enterprises_designation where organization_id = ? and type = 'SOCIAL_ENTERPRISE'", Long.class,
				organizationId);
		LocalDate last = ObligationCalendar.monthEnds(ObligationCalendar.BUSINESS_REPORT_MONTHS, today.minusYears(1),
				today.minusDays(1)).stream().reduce((a, b) -> b).orElseThrow();
		return "d" + designation + "-BUSINESS_REPORT-" + last;
	}

	@Test
	void managersSeeTheirObligationsAndStaffCloseEachOnceWithANoteOrAFile() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		long id = organization("의무확인 사회적기업", gimhae, socialEnterprise(LocalDate.of(2015, 1, 5)),
				preSocial(today.minusYears(2), today.plusDays(20)));

		MockHttpSession member = login("member@ieum.example");
		mvc.perform(get("/my/organizations/" + id + "/obligations").session(member))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("사업보고서 제출(자율경영공시 포함)")))
			.andExpect(content().string(containsString("지정 기간 만료(재지정·인증 신청 준비)")))
			.andExpect(content().string(containsString(today.plusDays(20).toString())))
			.andExpect(content().string(containsString("20일 남음")));
		mvc.perform(get("/my/organizations/" + id + "/obligations").session(login("citizen@ieum.example")))
			.andExpect(status().isForbidden());

		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String page = "/admin/organizations/" + id + "/obligations";
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("기한 ")));
		String key = overdueReportKey(id);

		mvc.perform(multipart(page + "/close").with(csrf()).session(staff).param("key", key).param("note", "  "))
			.andExpect(status().is3xxRedirection())
			.andExpect(Flashes.error("완료로 기록하려면 처리 메모나 증빙 파일 중 하나를 남겨 주세요."));
		assertThat(closures(id)).isZero();

		mvc.perform(multipart(page + "/close").with(csrf()).session(DemoStaff.session(mvc, "busan")).param("key", key)
			.param("note", "다른 센터")).andExpect(status().isForbidden());
		assertThat(closures(id)).isZero();

		mvc.perform(multipart(page + "/close").with(csrf()).session(staff).param("key", key).param("note", "SEIS에 제출 확인"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "journey.notice.closed"));
		mvc.perform(multipart(page + "/close").with(csrf()).session(staff).param("key", key).param("note", "한 번 더"))
			.andExpect(Flashes.error("이미 완료로 기록된 의무입니다. 다시 기록할 수 없습니다."));
		assertThat(closures(id)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select note from enterprises_obligation_closure where obligation_key = ?",
				String.class, key)).isEqualTo("SEIS에 제출 확인");

		long expiry = jdbc.queryForObject("select id from enterprises_designation where organization_id = ? and type = ?",
				Long.class, id, "PRE_SOCIAL_REGIONAL");
		String expiryKey = "d" + expiry + "-DESIGNATION_EXPIRY-" + today.plusDays(20);
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart(page + "/close").file(new MockMultipartFile("evidence", "인증신청서.exe", "application/pdf", pdf))
			.with(csrf()).session(staff).param("key", expiryKey))
			.andExpect(flash().attribute("notice", "journey.notice.closed"));
		long closure = jdbc.queryForObject("select id from enterprises_obligation_closure where obligation_key = ?", Long.class,
				expiryKey);
		mvc.perform(get("/my/organizations/" + id + "/obligations/evidence/" + closure).session(member))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("pdf")))
			.andExpect(header().string("Content-Disposition", not(containsString(".exe"))));
		mvc.perform(get("/my/organizations/" + id + "/obligations/evidence/" + closure)
			.session(login("citizen@ieum.example"))).andExpect(status().isForbidden());
		mvc.perform(get("/my/organizations/" + id + "/obligations").session(member))
			.andExpect(content().string(containsString("SEIS에 제출 확인")))
			.andExpect(content().string(containsString("인증신청서.pdf")));

		mvc.perform(multipart(page + "/close").file(new MockMultipartFile("evidence", "a.txt", "text/plain",
				"not a document".getBytes(StandardCharsets.UTF_8))).with(csrf()).session(staff)
			.param("key", ObligationCalendar.monthEnds(ObligationCalendar.BUSINESS_REPORT_MONTHS, today, today.plusYears(1))
				.stream().findFirst().map(d -> key.replaceAll("\\d{4}-\\d{2}-\\d{2}$", d.toString())).orElseThrow()))
			.andExpect(Flashes.error("증빙으로 올릴 수 없는 파일 형식입니다. PDF, 한글(HWP), PNG·JPEG 그림만 올릴 수 있습니다."));
		assertThat(closures(id)).isEqualTo(2);
	}

	@Test
	void overdueObligationsAreOnTheStaffDashboardAndTheCentersList() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		FigureScope scope = new FigureScope(Set.of(gimhae), today);
		long before = figures.figures(scope).get(0).headline().value();
		long id = organization("기한지난 사회적기업", gimhae, socialEnterprise(LocalDate.of(2016, 2, 1)));
		// the two reports of the past year are overdue
		assertThat(figures.figures(scope).get(0).headline().value()).isEqualTo(before + 2);

		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		mvc.perform(get("/admin/dashboard").param("center", String.valueOf(gimhae)).session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("기한 지난 의무")));
		mvc.perform(get("/admin/organizations/obligations").param("center", String.valueOf(gimhae))
			.param("overdue", "true").session(staff))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("기한지난 사회적기업")));
		mvc.perform(get("/admin/organizations/obligations").param("center", String.valueOf(gimhae))
			.session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());

		mvc.perform(multipart("/admin/organizations/" + id + "/obligations/close").with(csrf()).session(staff)
			.param("key", overdueReportKey(id)).param("note", "제출 확인"));
		assertThat(figures.figures(scope).get(0).headline().value()).isEqualTo(before + 1);
	}

	@Test
	void theApiAnswersTheOrganizationsManagersWithATokenAndNobodyElse() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		LocalDate today = Seoul.today(clock);
		long id = organization("토큰 사회적기업", gimhae, preSocial(today.minusYears(1), today.plusDays(40)));
		String mine = tokens.create(account("member@ieum.example"), "의무 확인", 30);
		String other = tokens.create(account("citizen@ieum.example"), "남의 것", 30);
		mvc.perform(get("/api/v1/organizations/" + id + "/obligations").header("Authorization", "Bearer " + mine))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].kind").value("DESIGNATION_EXPIRY"))
			.andExpect(jsonPath("$[0].dueOn").value(today.plusDays(40).toString()))
			.andExpect(jsonPath("$[0].daysLeft").value(40))
			.andExpect(jsonPath("$[0].state").value("OPEN"));
		mvc.perform(get("/api/v1/organizations/" + id + "/obligations").header("Authorization", "Bearer " + other))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/organizations/" + id + "/obligations")).andExpect(status().isUnauthorized());
	}

	@Test
	void remindersGoOutThirtyAndSevenDaysBeforeOnceEachHoweverOftenTheJobRuns() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		// a due date far from the reports of other tests' social enterprises (end of April and October)
		LocalDate due = LocalDate.of(2031, 8, 20);
		long id = organization("안내메일 예비사회적기업", gimhae, preSocial(LocalDate.of(2028, 8, 21), due));
		String subject = "%안내메일 예비사회적기업%";
		String count = "select count(*) from shared_mail_outbox where recipient = ? and subject like ?";

		reminders.sendAsOf(due.minusDays(31));
		assertThat(jdbc.queryForObject(count, Integer.class, "member@ieum.example", subject)).isZero();
		for (int run = 0; run < 3; run++) {
			reminders.sendAsOf(due.minusDays(30));
		}
		reminders.sendAsOf(due.minusDays(20));
		assertThat(jdbc.queryForObject(count, Integer.class, "member@ieum.example", subject)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select subject from shared_mail_outbox where recipient = ? and subject like ?",
				String.class, "member@ieum.example", subject)).contains("30일 전");

		// the staff member who takes the organization on receives the later reminder with its managers
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		mvc.perform(post("/admin/organizations/" + id + "/obligations/responsible").with(csrf()).session(staff))
			.andExpect(flash().attribute("notice", "journey.notice.responsible"));
		reminders.sendAsOf(due.minusDays(7));
		reminders.sendAsOf(due.minusDays(7));
		reminders.sendAsOf(due.minusDays(2));
		assertThat(jdbc.queryForObject(count, Integer.class, "member@ieum.example", subject)).isEqualTo(2);
		assertThat(jdbc.queryForObject(count, Integer.class, "staff.gimhae@ieum.example", subject)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_obligation_reminder where obligation_key like ?",
				Integer.class, "d%-DESIGNATION_EXPIRY-" + due)).isGreaterThanOrEqualTo(2);
	}
}
