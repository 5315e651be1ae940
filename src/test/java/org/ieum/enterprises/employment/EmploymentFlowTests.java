package org.ieum.enterprises.employment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
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

/**
 * Managers and staff enter an organization's employment per year; impossible figures are refused with nothing
 * changed; staff import a table with bad rows named by their row numbers.
 */
@IeumSpringTest
class EmploymentFlowTests {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	OrganizationManagerRepository managers;

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	/** An organization of the center with a fresh business number, managed by the demo member. */
	private Organization organization(String name, long center) {
		return tx.execute(s -> {
			String nine = String.format("4%02d4%05d", NEXT.get() % 100, 220 + NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			Organization o = organizations.save(new Organization(number.formatted(), number, Set.of(center),
					new OrganizationProfile(name, null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null,
							null, null, null, null),
					Instant.now()));
			long member = jdbc.queryForObject("select id from identity_account where email = 'member@ieum.example'", Long.class);
			managers.save(new OrganizationManager(o.getId(), member, Instant.now()));
			return o;
		});
	}

	private List<Map<String, Object>> years(long id) {
		return jdbc.queryForList("select report_year, employees, vulnerable, new_hires, source from enterprises_employment"
				+ " where organization_id = ? order by report_year", id);
	}

	@Test
	void managersEnterTheirFiguresAndImpossibleOnesChangeNothing() throws Exception {
		long id = organization("고용현황 입력 협동조합", DemoStaff.centerId(jdbc, "gimhae")).getId();
		MockHttpSession member = login("member@ieum.example");
		String mine = "/my/organizations/" + id + "/employment";
		mvc.perform(get(mine).session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("아직 입력한 고용 현황이 없습니다.")));
		mvc.perform(get("/my/organizations/" + id).session(member))
			.andExpect(content().string(containsString(mine)));

		mvc.perform(post(mine).with(csrf()).session(member).param("year", "2024").param("employees", "12")
			.param("vulnerable", "5").param("newHires", "3"))
			.andExpect(flash().attribute("notice", "employment.notice.recorded"));
		assertThat(years(id)).singleElement().satisfies(r -> {
			assertThat(r.get("employees")).isEqualTo(12);
			assertThat(r.get("source")).isEqualTo("MANAGER");
		});

		mvc.perform(post(mine).with(csrf()).session(member).param("year", "2024").param("employees", "12")
			.param("vulnerable", "13").param("newHires", "3"))
			.andExpect(Flashes.error("취약계층 고용이 전체 고용 인원보다 많을 수 없습니다."));
		mvc.perform(post(mine).with(csrf()).session(member).param("year", "2024").param("employees", "12")
			.param("vulnerable", "5").param("newHires", "20"))
			.andExpect(Flashes.error("신규 채용이 전체 고용 인원보다 많을 수 없습니다."));
		mvc.perform(post(mine).with(csrf()).session(member).param("year", "2024").param("employees", "-3")
			.param("vulnerable", "0").param("newHires", "0"))
			.andExpect(Flashes.error("고용 인원, 취약계층 고용, 신규 채용은 0 이상이어야 합니다."));
		mvc.perform(post(mine).with(csrf()).session(member).param("year", String.valueOf(THIS_YEAR + 1))
			.param("employees", "12").param("vulnerable", "5").param("newHires", "3"))
			.andExpect(Flashes.error("아직 시작하지 않은 연도의 고용 현황은 입력할 수 없습니다."));
		mvc.perform(post(mine).with(csrf()).session(member).param("year", "2024").param("employees", "열둘")
			.param("vulnerable", "5").param("newHires", "3"))
			.andExpect(Flashes.error("고용 인원, 취약계층 고용, 신규 채용은 숫자로 입력해 주세요."));
		assertThat(years(id)).singleElement().satisfies(r -> {
			assertThat(r.get("employees")).isEqualTo(12);
			assertThat(r.get("vulnerable")).isEqualTo(5);
			assertThat(r.get("new_hires")).isEqualTo(3);
		});
		mvc.perform(get(mine).session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("2024년")))
			.andExpect(content().string(containsString("12명")));

		// staff of the center correct the year; others may not touch it
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String page = "/admin/organizations/" + id + "/employment";
		mvc.perform(post(page).with(csrf()).session(staff).param("year", "2024").param("employees", "1,300")
			.param("vulnerable", "400").param("newHires", "30"))
			.andExpect(flash().attribute("notice", "employment.notice.recorded"));
		assertThat(years(id)).singleElement().satisfies(r -> {
			assertThat(r.get("employees")).isEqualTo(1300);
			assertThat(r.get("source")).isEqualTo("STAFF");
		});
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("1,300명")));
		mvc.perform(get(page).session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());
		mvc.perform(post(page).with(csrf()).session(DemoStaff.session(mvc, "busan")).param("year", "2023")
			.param("employees", "1").param("vulnerable", "0").param("newHires", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post(mine).with(csrf()).session(login("citizen@ieum.example")).param("year", "2023")
			.param("employees", "1").param("vulnerable", "0").param("newHires", "0"))
			.andExpect(status().isForbidden());
		assertThat(years(id)).hasSize(1);
	}

	@Test
	void staffImportATableAndBadRowsAreNamedByTheirRowNumbers() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		Organization first = organization("고용 가져오기 첫째 협동조합", gimhae);
		Organization second = organization("고용 가져오기 둘째 협동조합", gimhae);
		Organization elsewhere = organization("고용 가져오기 부산 협동조합", DemoStaff.centerId(jdbc, "busan"));
		String csv = "조직별 고용 현황\n"
				+ "사업자등록번호,연도,고용 인원(명),취약계층,신규 채용\n"
				+ first.getBusinessNumberRaw() + ",2024,10,4,2\n"
				+ second.getBusinessNumber() + ",2024년,\"1,200\",600,25명\n"
				+ first.getBusinessNumberRaw() + ",2023,5,6,1\n"
				+ first.getBusinessNumberRaw() + ",2022,5,1,7\n"
				+ elsewhere.getBusinessNumberRaw() + ",2024,5,1,1\n"
				+ first.getBusinessNumberRaw() + "," + (THIS_YEAR + 1) + ",5,1,1\n"
				+ first.getBusinessNumberRaw() + ",2021,-4,0,0\n"
				+ first.getBusinessNumberRaw() + ",2020,5,둘,0\n"
				+ first.getBusinessNumberRaw() + ",2024,11,4,2\n";
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String preview = mvc.perform(multipart("/admin/organizations/employment/import")
			.file(new MockMultipartFile("file", "고용.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("center", String.valueOf(gimhae)).param("encoding", "auto").session(staff).with(csrf()))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(preview).startsWith("/admin/organizations/employment/import/");
		long upload = Long.parseLong(preview.replaceAll(".*/import/(\\d+).*", "$1"));
		String confirm = "/admin/organizations/employment/import/" + upload + "/confirm";

		mvc.perform(get(preview).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<dd class=\"count-imported\">2</dd>")))
			.andExpect(content().string(containsString("<dd class=\"count-rejected\">7</dd>")))
			.andExpect(content().string(containsString("취약계층 고용이 전체 고용 인원보다 많을 수 없습니다.")))
			.andExpect(content().string(containsString("신규 채용이 전체 고용 인원보다 많을 수 없습니다.")))
			.andExpect(content().string(containsString("사업자등록번호 " + elsewhere.getBusinessNumberRaw() + "인 조직이 이 센터에 없습니다.")))
			.andExpect(content().string(containsString("아직 시작하지 않은 연도의 고용 현황은 입력할 수 없습니다.")))
			.andExpect(content().string(containsString("고용 인원, 취약계층 고용, 신규 채용은 0 이상이어야 합니다.")))
			.andExpect(content().string(containsString("취약계층 값은 0 이상의 정수여야 합니다: 둘")))
			.andExpect(content().string(containsString("고용 가져오기 첫째 협동조합의 2024년 고용 현황이 표에 두 번 있습니다.")))
			.andExpect(content().string(containsString("<th scope=\"row\">5</th>")))
			.andExpect(content().string(containsString("고용 가져오기 둘째 협동조합 · 2024 · 1200/600/25")));
		assertThat(years(first.getId())).isEmpty();
		mvc.perform(get(preview).session(DemoStaff.session(mvc, "busan"))).andExpect(status().isForbidden());

		// all or nothing keeps nothing
		mvc.perform(post(confirm).session(staff).with(csrf()))
			.andExpect(Flashes.error("가져오는 방법을 골라 주세요."));
		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "false"))
			.andExpect(redirectedUrlPattern("/admin/organizations/employment/import/" + upload + "*"));
		assertThat(years(first.getId())).isEmpty();
		assertThat(years(second.getId())).isEmpty();

		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(redirectedUrlPattern("/admin/organizations/employment/import/done*"));
		assertThat(years(first.getId())).singleElement().satisfies(r -> {
			assertThat(r.get("report_year")).isEqualTo(2024);
			assertThat(r.get("employees")).isEqualTo(10);
			assertThat(r.get("source")).isEqualTo("IMPORT");
		});
		assertThat(years(second.getId())).singleElement().satisfies(r -> {
			assertThat(r.get("employees")).isEqualTo(1200);
			assertThat(r.get("new_hires")).isEqualTo(25);
		});
		mvc.perform(post(confirm).session(staff).with(csrf()).param("validRowsOnly", "true"))
			.andExpect(Flashes.error("이미 반영했거나 취소한 가져오기입니다."));
		assertThat(years(elsewhere.getId())).isEmpty();
	}

	@Test
	void aTableWithoutTheColumnsIsRefusedAtTheUpload() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		long kept = jdbc.queryForObject("select count(*) from shared_import where purpose = 'employment'", Long.class);
		var result = mvc.perform(multipart("/admin/organizations/employment/import")
			.file(new MockMultipartFile("file", "명단.csv", "text/csv", "이름,전화\n홍길동,010\n".getBytes(StandardCharsets.UTF_8)))
			.param("center", String.valueOf(gimhae)).param("encoding", "auto").session(DemoStaff.session(mvc, "gimhae"))
			.with(csrf())).andReturn();
		assertThat(Flashes.errorText(result.getModelAndView().getModel())).startsWith("고용 현황 표의 머리글을 찾지 못했습니다.");
		assertThat(jdbc.queryForObject("select count(*) from shared_import where purpose = 'employment'", Long.class))
			.isEqualTo(kept);
	}

	@Test
	void mergingADuplicateCarriesItsYearsOverWithoutCountingAYearTwice() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		Organization kept = organization("고용 병합 남는 협동조합", gimhae);
		long duplicate = tx.execute(s -> organizations.save(new Organization(kept.getBusinessNumberRaw(),
				new BusinessNumber(kept.getBusinessNumber()), Set.of(gimhae), new OrganizationProfile("고용 병합 중복 협동조합",
						null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null, null, null, null, null),
				Instant.now())).getId());
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		for (String[] entry : new String[][] { { "" + kept.getId(), "2024", "10" }, { "" + duplicate, "2024", "99" },
				{ "" + duplicate, "2023", "8" } }) {
			mvc.perform(post("/admin/organizations/" + entry[0] + "/employment").with(csrf()).session(staff)
				.param("year", entry[1]).param("employees", entry[2]).param("vulnerable", "1").param("newHires", "1"))
				.andExpect(flash().attribute("notice", "employment.notice.recorded"));
		}
		mvc.perform(post("/admin/organizations/" + kept.getId() + "/merge").with(csrf()).session(staff)
			.param("duplicateId", String.valueOf(duplicate)))
			.andExpect(status().is3xxRedirection());
		assertThat(organizations.findById(duplicate)).isEmpty();
		assertThat(years(duplicate)).isEmpty();
		assertThat(years(kept.getId())).extracting(r -> r.get("report_year") + ":" + r.get("employees"))
			.containsExactly("2023:8", "2024:10");
	}
}
