package org.ieum.enterprises.readiness;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
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
 * A checklist item's consultant and course are checked where they live: an unknown expert or course, an expert outside
 * the center's pool and another center's course are refused with a Korean message and nothing changes; the item shows
 * the expert's name and the course's title with links, and each checklist links to the guide to its designation in
 * the organization's center portal.
 */
@IeumSpringTest
class ReadinessReferencesTests {

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
	OrganizationManagerRepository managers;

	@Autowired
	ExpertRepository experts;

	private long organization(String name, long center) {
		return tx.execute(s -> {
			String nine = String.format("4%02d7%05d", NEXT.get() % 100, 611 + NEXT.getAndIncrement());
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

	private long expert(long center, String name, boolean active) {
		return experts.save(new Expert(center, new Expert.ExpertTerms(name, null, "인증 준비 자문", null,
				Set.of(ConsultingField.CERTIFICATION), Set.of(DayOfWeek.MONDAY), null, 0, active), null, Instant.now()))
			.getId();
	}

	private Map<String, Object> course(long center) {
		return jdbc.queryForMap("select id, title from education_course where center_id = ? order by id limit 1", center);
	}

	private Map<String, Object> links(long organization) {
		return jdbc.queryForMap("select consultant_expert_id, course_id, state from enterprises_readiness_item"
				+ " where organization_id = ? and requirement = 'SE_SOCIAL_PURPOSE'", organization);
	}

	private MockHttpSession member() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("member@ieum.example")
			.password("ieum2026!")).andReturn().getRequest().getSession();
	}

	@Test
	void unknownOrForeignConsultantsAndCoursesAreRefusedAndTheLinkedOnesAreShownByName() throws Exception {
		long gimhae = DemoStaff.centerId(jdbc, "gimhae");
		long busan = DemoStaff.centerId(jdbc, "busan");
		// busan shares no pool with gimhae (the demo's only agreement with gimhae is donggu's)
		assertThat(jdbc.queryForObject("select count(*) from consulting_pool_agreement where owner_center_id = ?"
				+ " and partner_center_id = ?", Integer.class, busan, gimhae)).isZero();
		long id = organization("참고 확인 사회적협동조합", gimhae);
		long ours = expert(gimhae, "한결 인증컨설턴트", true);
		long resting = expert(gimhae, "쉬는 중인 컨설턴트", false);
		long theirs = expert(busan, "부산 풀 컨설턴트", true);
		Map<String, Object> ourCourse = course(gimhae);
		Map<String, Object> theirCourse = course(busan);
		long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from consulting_expert", Long.class);
		long unknownCourse = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from education_course", Long.class);

		MockHttpSession staff = DemoStaff.session(mvc, "gimhae");
		String page = "/admin/organizations/" + id + "/readiness";
		mvc.perform(post(page + "/start").with(csrf()).session(staff).param("track", "SOCIAL_ENTERPRISE"))
			.andExpect(flash().attribute("notice", "readiness.notice.started"));
		String item = page + "/items/SE_SOCIAL_PURPOSE";

		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(unknown)))
			.andExpect(Flashes.error(unknown + "번 컨설팅 전문가는 없습니다. 전문가 번호를 확인해 주세요. 저장되지 않았습니다."));
		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(theirs)))
			.andExpect(Flashes.error(containsString("부산 풀 컨설턴트 전문가는 이 조직 센터의 전문가 풀")));
		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(resting)))
			.andExpect(Flashes.error(containsString("쉬는 중인 컨설턴트 전문가는")));
		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(ours)).param("course", String.valueOf(unknownCourse)))
			.andExpect(Flashes.error(unknownCourse + "번 교육 과정은 없습니다. 과정 번호를 확인해 주세요. 저장되지 않았습니다."));
		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(ours)).param("course", String.valueOf(theirCourse.get("id"))))
			.andExpect(Flashes.error("교육 과정 ‘" + theirCourse.get("title")
					+ "’은(는) 다른 센터의 과정입니다. 이 조직 센터의 과정만 연결할 수 있습니다. 저장되지 않았습니다."));
		Map<String, Object> unchanged = links(id);
		assertThat(unchanged.get("consultant_expert_id")).isNull();
		assertThat(unchanged.get("course_id")).isNull();
		assertThat(unchanged.get("state")).isEqualTo("UNCHECKED");

		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "NEEDS_WORK")
			.param("consultant", String.valueOf(ours)).param("course", String.valueOf(ourCourse.get("id"))))
			.andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		assertThat(links(id)).containsEntry("state", "NEEDS_WORK");

		mvc.perform(get(page).session(staff)).andExpect(status().isOk())
			.andExpect(content().string(containsString("컨설턴트: 한결 인증컨설턴트")))
			.andExpect(content().string(containsString("href=\"/admin/consulting/experts/" + ours + "\"")))
			.andExpect(content().string(containsString("준비 교육: " + ourCourse.get("title"))))
			.andExpect(content().string(containsString("href=\"/admin/education/" + ourCourse.get("id") + "\"")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/social-enterprise\"")));

		// the managers see the names, the course's public page and the guide, never the staff pages
		mvc.perform(get("/my/organizations/" + id + "/readiness").session(member())).andExpect(status().isOk())
			.andExpect(content().string(containsString("컨설턴트: 한결 인증컨설턴트")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/education/" + ourCourse.get("id") + "\"")))
			.andExpect(content().string(containsString("href=\"/c/gimhae/guides/social-enterprise\"")))
			.andExpect(content().string(not(containsString("/admin/consulting/experts/"))));

		// a consultant who leaves the pool later does not block saving the item with the link it has
		jdbc.update("update consulting_expert set active = false where id = ?", ours);
		mvc.perform(multipart(item).with(csrf()).session(staff).param("state", "MET")
			.param("consultant", String.valueOf(ours)).param("course", String.valueOf(ourCourse.get("id")))
			.file(new MockMultipartFile("evidence", "사업계획서.pdf", "application/pdf",
					"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))))
			.andExpect(flash().attribute("notice", "readiness.notice.reviewed"));
		assertThat(links(id)).containsEntry("state", "MET");
	}
}
