package org.ieum.governance.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.ieum.shared.Seoul;
import org.ieum.support.Flashes;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The self-assessment through the pages: staff add an indicator (a bad one refused), the
 * organization's manager answers (out of range and without evidence refused, nothing saved), staff
 * return it, the manager answers again, staff accept; the score and grade on the staff pages,
 * reached by the organization's id; another center's staff do not see it.
 */
@IeumSpringTest
class AssessmentFlowTests {

	private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
			+ "trailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void staffSetIndicatorsAManagerAnswersStaffReturnAndAccept() throws Exception {
		long busan = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		int year = Seoul.today(clock).getYear();
		long organization = jdbc.queryForObject("select min(m.organization_id) from enterprises_manager m"
				+ " join identity_account a on a.id = m.account_id where a.email = 'member@ieum.example'", Long.class);
		// start from no submission of this year (another test may have made one)
		jdbc.update("delete from governance_assessment_answer where assessment_id in (select id from governance_assessment"
				+ " where center_id = ? and assess_year = ? and organization_id = ?)", busan, year, organization);
		jdbc.update("delete from governance_assessment where center_id = ? and assess_year = ? and organization_id = ?",
				busan, year, organization);
		MockHttpSession staff = login("staff.busan@ieum.example");
		MockHttpSession member = login("member@ieum.example");

		// a choice indicator with one choice is refused and nothing is added
		int before = indicators(busan, year);
		mvc.perform(post("/admin/governance/assessments/indicators").session(staff).with(csrf())
			.param("center", "" + busan).param("year", "" + year).param("area", "ECONOMIC").param("kind", "CHOICE")
			.param("title", "하나뿐인 선택").param("weight", "10").param("choices", "한 가지"))
			.andExpect(Flashes.error(containsString("선택지는")));
		assertThat(indicators(busan, year)).isEqualTo(before);
		mvc.perform(post("/admin/governance/assessments/indicators").session(staff).with(csrf())
			.param("center", "" + busan).param("year", "" + year).param("area", "SOCIAL").param("kind", "NUMBER")
			.param("title", "자원봉사 시간 (점검)").param("weight", "50").param("minValue", "0").param("maxValue", "10"))
			.andExpect(flash().attribute("notice", "governance.notice.indicatorSaved"));
		mvc.perform(get("/admin/governance/assessments").session(staff).param("center", "" + busan))
			.andExpect(status().isOk()).andExpect(content().string(containsString("자원봉사 시간 (점검)")));

		// the manager sees it on 마이페이지
		String form = "/my/governance/assessments/" + organization + "/" + busan;
		mvc.perform(get("/my/governance/assessments").session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString(form)));
		mvc.perform(get(form).session(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("자원봉사 시간 (점검)")));
		List<Map<String, Object>> set = jdbc.queryForList("select id, kind, title, min_value, max_value, choices"
				+ " from governance_indicator where center_id = ? and assess_year = ?", busan, year);

		// an answer out of range is refused, nothing saved
		mvc.perform(answers(form, set, true, "자원봉사 시간 (점검)", "11").file(evidence()).session(member))
			.andExpect(Flashes.error("「자원봉사 시간 (점검)」의 답은 0에서 10 사이의 숫자여야 합니다."));
		// the first submission needs its evidence
		mvc.perform(answers(form, set, true, null, null).session(member))
			.andExpect(Flashes.error("증빙 자료를 올려 주세요."));
		assertThat(submissions(busan, year, organization)).isZero();

		mvc.perform(answers(form, set, true, null, null).file(evidence()).session(member))
			.andExpect(flash().attribute("notice", "governance.notice.assessmentSubmitted"));
		long id = jdbc.queryForObject("select id from governance_assessment where center_id = ? and assess_year = ?"
				+ " and organization_id = ?", Long.class, busan, year, organization);
		assertThat(jdbc.queryForObject("select score from governance_assessment where id = ?", Integer.class, id))
			.isEqualTo(100);
		// submitted once: a second submission is refused until staff return it
		mvc.perform(answers(form, set, false, null, null).session(member))
			.andExpect(Flashes.error(containsString("이미 낸 자가진단입니다")));
		// no indicator can be added once a submission exists
		mvc.perform(post("/admin/governance/assessments/indicators").session(staff).with(csrf())
			.param("center", "" + busan).param("year", "" + year).param("area", "SOCIAL").param("kind", "YES_NO")
			.param("title", "늦은 지표").param("weight", "10"))
			.andExpect(Flashes.error(containsString("더 추가할 수 없습니다")));

		String review = "/admin/governance/assessments/" + id;
		mvc.perform(get(review).session(staff).param("center", "" + busan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("100점 · 탁월")))
			.andExpect(content().string(containsString("/governance/assessments/" + id + "/evidence")));
		mvc.perform(get("/governance/assessments/" + id + "/evidence").session(staff)).andExpect(status().isOk());
		mvc.perform(get("/governance/assessments/" + id + "/evidence").session(member)).andExpect(status().isOk());
		// another center's staff do not see it
		MockHttpSession gimhae = login("staff.gimhae@ieum.example");
		mvc.perform(get(review).session(gimhae)).andExpect(status().isNotFound());
		mvc.perform(get("/governance/assessments/" + id + "/evidence").session(gimhae)).andExpect(status().isNotFound());
		mvc.perform(get("/admin/governance/assessments/organizations/" + organization).session(gimhae))
			.andExpect(status().isNotFound());

		// returned with a note: the manager sees it, answers again (lowest answers), evidence kept
		mvc.perform(post(review + "/return").session(staff).with(csrf()).param("center", "" + busan).param("note", ""))
			.andExpect(Flashes.error(containsString("돌려보내는 까닭")));
		mvc.perform(post(review + "/return").session(staff).with(csrf()).param("center", "" + busan)
			.param("note", "고용 인원 증빙을 다시 올려 주세요"))
			.andExpect(flash().attribute("notice", "governance.notice.assessmentReturned"));
		mvc.perform(get(form).session(member)).andExpect(content().string(containsString("고용 인원 증빙을 다시 올려 주세요")));
		mvc.perform(answers(form, set, false, null, null).session(member))
			.andExpect(flash().attribute("notice", "governance.notice.assessmentSubmitted"));
		mvc.perform(post(review + "/accept").session(staff).with(csrf()).param("center", "" + busan))
			.andExpect(flash().attribute("notice", "governance.notice.assessmentAccepted"));

		// the organization's results, reached by its id from the year's list
		mvc.perform(get("/admin/governance/assessments").session(staff).param("center", "" + busan))
			.andExpect(content().string(containsString("/admin/governance/assessments/organizations/" + organization)));
		mvc.perform(get("/admin/governance/assessments/organizations/" + organization).session(staff)
			.param("center", "" + busan)).andExpect(status().isOk())
			.andExpect(content().string(containsString("승인")))
			.andExpect(content().string(containsString("미흡")));
		assertThat(jdbc.queryForObject("select score from governance_assessment where id = ?", Integer.class, id))
			.isZero();
	}

	/** Every indicator answered at its best ({@code best}) or its lowest, one answer replaced. */
	private MockMultipartHttpServletRequestBuilder answers(String form, List<Map<String, Object>> set, boolean best,
			String title, String value) {
		MockMultipartHttpServletRequestBuilder request = multipart(form);
		for (Map<String, Object> i : set) {
			String kind = (String) i.get("kind");
			String answer = switch (kind) {
				case "NUMBER" -> String.valueOf(best ? i.get("max_value") : i.get("min_value"));
				case "YES_NO" -> best ? "yes" : "no";
				case "CHOICE" -> {
					String[] choices = ((String) i.get("choices")).split("\\|");
					yield best ? choices[0] : choices[choices.length - 1];
				}
				default -> "우리 동네 어르신 도시락";
			};
			if (i.get("title").equals(title)) {
				answer = value;
			}
			request.param("answer-" + i.get("id"), answer);
		}
		request.with(csrf());
		return request;
	}

	private static MockMultipartFile evidence() {
		return new MockMultipartFile("evidence", "증빙.pdf", "application/pdf", PDF);
	}

	private int indicators(long center, int year) {
		return jdbc.queryForObject("select count(*) from governance_indicator where center_id = ? and assess_year = ?",
				Integer.class, center, year);
	}

	private int submissions(long center, int year, long organization) {
		return jdbc.queryForObject("select count(*) from governance_assessment where center_id = ? and assess_year = ?"
				+ " and organization_id = ?", Integer.class, center, year, organization);
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user(email).password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}
}
