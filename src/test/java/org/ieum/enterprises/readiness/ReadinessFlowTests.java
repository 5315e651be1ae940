package org.ieum.enterprises.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

/** Staff keep a certification checklist with evidence; 충족 needs its evidence; managers see the share met. */
@IeumSpringTest
class ReadinessFlowTests {

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

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

	private long organization(String name, long center) {
		return tx.execute(s -> {
			String nine = String.format("3%02d3%05d", NEXT.get() % 100, 162 + NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			Organization o = organizations.save(new Organization(number.formatted(), number, Set.of(center),
					new OrganizationProfile(name, null, "대표", "경상남도", "김해시", null, null, null, null, null, null, null,
							null, null, null, null),
					Instant.now()));
			long member = jdbc.queryForObject("select id from identity_account where email = 'member@ieum.example'", Long.class);
			managers.save(new OrganizationManager(o.getId(), member, Instant.now()));
			return o.getId();
		});
	}

	private String state(long id, String requirement) {
		return jdbc.queryForObject("select state from enterprises_readiness_item where organization_id = ? and requirement = ?",
				String.class, id, requirement);
	}

	@Test
	void staffRecordRequirementsWithEvidenceAndManagersSeeTheShareMet() throws Exception {
		long id = organization("인증준비 확인 협동조합", DemoStaff.centerId(jdbc, "gimhae"));
		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String page = "/admin/organizations/" + id + "/readiness";
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("아직 시작한 체크리스트가 없습니다.")));
		mvc.perform(post(page + "/start").with(csrf()).session(staff).param("track", "SOCIAL_ENTERPRISE"))
			.andExpect(flash().attribute("notice", "readiness.notice.started"));
		mvc.perform(post(page + "/start").with(csrf()).session(staff).param("track", "SOCIAL_ENTERPRISE"))
			.andExpect(Flashes.error("이 인증·지정의 체크리스트는 이미 시작했습니다."));
		assertThat(jdbc.queryForObject("select count(*) from enterprises_readiness_item where organization_id = ?",
				Integer.class, id)).isEqualTo(7);

		mvc.perform(multipart(page + "/items/SE_ARTICLES").with(csrf()).session(staff).param("state", "MET")
			.param("note", "정관 확인"))
			.andExpect(Flashes.error("이 요건을 충족으로 기록하려면 증빙 파일을 올려 주세요."));
		mvc.perform(multipart(page + "/items/SE_REVENUE_RATIO").with(csrf()).session(staff).param("state", "MET")
			.param("number", "38"))
			.andExpect(Flashes.error("입력한 수가 기준(50)에 못 미쳐 충족으로 기록할 수 없습니다. 보완 필요로 기록해 주세요."));
		mvc.perform(multipart(page + "/items/SE_PAID_WORKERS").with(csrf()).session(staff).param("state", "MET")
			.param("number", "일곱"))
			.andExpect(Flashes.error("수는 0 이상의 정수로 입력해 주세요(10억까지)."));
		mvc.perform(multipart(page + "/items/SE_ARTICLES").with(csrf()).session(DemoStaff.session(mvc, "busan"))
			.file(new MockMultipartFile("evidence", "정관.pdf", "application/pdf", PDF)).param("state", "MET"))
			.andExpect(status().isForbidden());
		assertThat(state(id, "SE_ARTICLES")).isEqualTo("UNCHECKED");
		assertThat(state(id, "SE_REVENUE_RATIO")).isEqualTo("UNCHECKED");

		mvc.perform(multipart(page + "/items/SE_ARTICLES").with(csrf()).session(staff)
			.file(new MockMultipartFile("evidence", "정관.pdf", "application/pdf", PDF)).param("state", "MET"))
			.andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		mvc.perform(multipart(page + "/items/SE_REVENUE_RATIO").with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("number", "38").param("note", "영업수입 부족"))
			.andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		// a later save without a file keeps the evidence on file (the form sends the links shown in it again)
		mvc.perform(multipart(page + "/items/SE_ARTICLES").with(csrf()).session(staff).param("state", "MET")
			.param("note", "정관 제9조 항목 확인"))
			.andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		assertThat(state(id, "SE_ARTICLES")).isEqualTo("MET");
		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("요건 7개 중 1개 충족 (14%)")));

		MockHttpSession member = login("member@ieum.example");
		String mine = "/my/organizations/" + id + "/readiness";
		String html = mvc.perform(get(mine).session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("요건 7개 중 1개 충족 (14%)")))
			.andExpect(content().string(containsString("보완 필요")))
			.andExpect(content().string(containsString("영업수입 부족")))
			.andReturn().getResponse().getContentAsString();
		long item = jdbc.queryForObject(
				"select id from enterprises_readiness_item where organization_id = ? and requirement = 'SE_ARTICLES'", Long.class, id);
		assertThat(html).contains(mine + "/evidence/" + item);
		mvc.perform(get(mine + "/evidence/" + item).session(member)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get(mine).session(login("citizen@ieum.example"))).andExpect(status().isForbidden());
		mvc.perform(get(mine + "/evidence/" + item).session(login("citizen@ieum.example"))).andExpect(status().isForbidden());
	}
}
