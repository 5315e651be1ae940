package org.ieum.probes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpSession;

/**
 * Free text that members type is shown to staff as text, never as markup: each payload is stored
 * through the member-facing form and the staff pages that show it are read back.
 */
class StoredXssProbes extends ProbeSupport {

	static List<String> payloads() {
		return List.of("<script>alert('probe')</script>", "\"><img src=x onerror=alert('probe')>",
				"javascript:alert('probe')", "'><svg onload=alert('probe')>");
	}

	/** The staff page must show the payload as text and carry none of it as markup or a link. */
	private void assertShownAsText(String page, String html, String payload) {
		String lower = html.toLowerCase(Locale.ROOT);
		assertThat(lower).as(page + " carries the payload as markup").doesNotContain("<script>alert('probe')")
			.doesNotContain("<script>alert(&#39;probe&#39;)")
			.doesNotContain("<img src=x onerror")
			.doesNotContain("<svg onload")
			.doesNotContain("href=\"javascript:")
			.doesNotContain("src=\"javascript:");
		String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
			.replace("'", "&#39;");
		assertThat(html.contains(escaped) || html.contains(escaped.replace("&#39;", "'")))
			.as(page + " shows the stored text (escaped) " + escaped).isTrue();
	}

	private String page(String url, MockHttpSession session) throws Exception {
		var result = mvc.perform(get(url).session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void anOrganizationsProfileEditedByItsManager(String payload) throws Exception {
		String id = samples().values(ProtectedEndpoints.Sample.MEMBER_ORGANIZATION).get("id");
		Map<String, Object> before = jdbc.queryForMap("select name, corporate_number, representative, sido, sigungu, road_address,"
				+ " phone, homepage, social_channels, industry, main_business, founded_on, employees, vulnerable_employees,"
				+ " social_purpose, social_service_field from enterprises_organization where id = " + id);
		Map<String, String> form = form(before);
		try {
			Map<String, String> changed = new LinkedHashMap<>(form);
			changed.put("name", "행복" + payload);
			changed.put("representative", payload);
			changed.put("roadAddress", payload);
			changed.put("mainBusiness", payload);
			changed.put("socialChannels", payload);
			changed.put("socialServiceField", payload);
			save(id, changed);
			assertThat(jdbc.queryForObject("select main_business from enterprises_organization where id = " + id, String.class))
				.as("the manager's form stored the text").isEqualTo(payload);
			var busan = as(Probe.STAFF_BUSAN);
			assertShownAsText("/admin/organizations/" + id, page("/admin/organizations/" + id, busan), payload);
			String list = mvc.perform(get("/admin/organizations").param("q", "행복" + payload).session(busan)).andReturn()
				.getResponse().getContentAsString();
			assertShownAsText("/admin/organizations?q=", list, "행복" + payload);
			assertShownAsText("/c/busan/organizations/" + id, page("/c/busan/organizations/" + id, busan), payload);
		}
		finally {
			save(id, form);
		}
	}

	private void save(String id, Map<String, String> form) throws Exception {
		var request = post("/my/organizations/" + id).session(as(Probe.MEMBER)).with(csrf());
		form.forEach(request::param);
		var result = mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).as("saving the profile " + describe(result)).isEqualTo(302);
	}

	private static Map<String, String> form(Map<String, Object> row) {
		Map<String, String> form = new LinkedHashMap<>();
		String[][] names = { { "name", "name" }, { "corporate_number", "corporateNumber" }, { "representative", "representative" },
				{ "sido", "sido" }, { "sigungu", "sigungu" }, { "road_address", "roadAddress" }, { "phone", "phone" },
				{ "homepage", "homepage" }, { "social_channels", "socialChannels" }, { "industry", "industry" },
				{ "main_business", "mainBusiness" }, { "founded_on", "foundedOn" }, { "employees", "employees" },
				{ "vulnerable_employees", "vulnerableEmployees" }, { "social_purpose", "socialPurpose" },
				{ "social_service_field", "socialServiceField" } };
		for (String[] n : names) {
			Object value = row.get(n[0]);
			form.put(n[1], value == null ? "" : value.toString());
		}
		return form;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void aConsultingRequestSentByAMember(String payload) throws Exception {
		var member = as(Probe.MEMBER);
		var sent = mvc.perform(post("/c/busan/consulting").param("kind", "CONSULTING").param("field", "ACCOUNTING")
			.param("title", "점검 " + payload).param("description", payload).param("preferredTimes", payload)
			.param("people", "1").param("days", "MON").session(member).with(csrf())).andReturn();
		String location = sent.getResponse().getRedirectedUrl();
		// the confirmation stays in the center's portal: /c/busan/consulting/requests/{id}
		assertThat(location).as("request sent: " + describe(sent)).startsWith("/c/busan/consulting/requests/");
		String id = location.substring("/c/busan/consulting/requests/".length());
		try {
			var busan = as(Probe.STAFF_BUSAN);
			assertShownAsText("/admin/consulting/requests/" + id, page("/admin/consulting/requests/" + id, busan), payload);
			assertShownAsText("/admin/consulting", page("/admin/consulting", busan), "점검 " + payload);
		}
		finally {
			mvc.perform(post("/my/consulting/" + id + "/withdraw").session(member).with(csrf()));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void aMembersDisplayName(String payload) throws Exception {
		var member = as(Probe.MEMBER);
		String id = samples().account(Probe.MEMBER);
		String name = jdbc.queryForObject("select display_name from identity_account where id = " + id, String.class);
		String phone = jdbc.queryForObject("select phone from identity_account where id = " + id, String.class);
		String stored = payload.length() > 50 ? payload.substring(0, 50) : payload;
		try {
			mvc.perform(post("/my/profile").param("displayName", stored).param("phone", phone == null ? "" : phone)
				.session(member).with(csrf()));
			assertThat(jdbc.queryForObject("select display_name from identity_account where id = " + id, String.class))
				.isEqualTo(stored);
			var busan = as(Probe.STAFF_BUSAN);
			assertShownAsText("/admin/members/" + id, page("/admin/members/" + id, busan), stored);
			String list = mvc.perform(get("/admin/members").param("q", Probe.MEMBER).session(busan)).andReturn().getResponse()
				.getContentAsString();
			assertShownAsText("/admin/members?q=", list, stored);
		}
		finally {
			mvc.perform(post("/my/profile").param("displayName", name).param("phone", phone == null ? "" : phone)
				.session(member).with(csrf()));
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("payloads")
	void aManagementClaimsNote(String payload) throws Exception {
		// 시민 asked to manage a 김해 organization (ProbeFixtures); the note is what 김해's staff read before deciding
		String citizen = samples().account(Probe.CITIZEN);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_claim where account_id = " + citizen + " and note = ?",
				Long.class, ProbeFixtures.CLAIM_NOTE)).as("the claim form stored the note").isPositive();
		assertShownAsText("/admin/organizations/claims", page("/admin/organizations/claims", as(Probe.STAFF_GIMHAE)), payload);
	}
}
