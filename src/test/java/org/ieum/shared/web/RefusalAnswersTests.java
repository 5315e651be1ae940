package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * What a person sees when the shared web plumbing answers: a refused action's Korean message once,
 * at the top of the page it returns to; a record that does not exist as a Korean 404 page that
 * says what is missing; a staff page about the center asked for, or a refusal.
 */
@IeumSpringTest
class RefusalAnswersTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	MockHttpSession staff(String slug) throws Exception {
		return DemoStaff.session(mvc, slug);
	}

	long centerId(String slug) {
		return DemoStaff.centerId(jdbc, slug);
	}

	@Test
	void aRefusedStaffActionShowsItsMessageOnceAtTheTopOfThePageItReturnsTo() throws Exception {
		MockHttpSession staff = staff("gimhae");
		long space = jdbc.queryForObject("select min(id) from spaces_space where center_id = ?", Long.class,
				centerId("gimhae"));
		MvcResult refused = mvc.perform(multipart("/admin/spaces/" + space + "/photos")
				.file(new MockMultipartFile("photo", "메모.txt", "text/plain", "사진이 아닙니다".getBytes()))
				.param("altText", "회의실").with(csrf()).session(staff))
			.andExpect(status().is3xxRedirection()).andReturn();

		String target = refused.getResponse().getRedirectedUrl().replaceFirst("#.*", "");
		String page = mvc.perform(get(target).session(staff)
				.flashAttrs(refused.getFlashMap())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String message = "JPEG, PNG, WebP 사진만 올릴 수 있습니다.";
		assertThat(page.split(java.util.regex.Pattern.quote(message), -1)).hasSize(2);
		assertThat(page).contains("<div class=\"flash flash-error\" role=\"alert\">" + message + "</div>");
		int main = page.indexOf("<main");
		assertThat(page.indexOf(message)).isGreaterThan(main).isLessThan(page.indexOf("<h1", main));
	}

	@Test
	void anErrorWithArgumentsReadsWithThemFilledIn() throws Exception {
		String page = mvc.perform(get("/admin/spaces").session(staff("gimhae"))
				.flashAttr("error", "incubation.error.tooLong").flashAttr("errorArgs", new Object[] { "2027-03-01" }))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("입주 기간은 연장을 포함해 2027-03-01까지만 가능합니다.");
	}

	@Test
	void aRecordThatDoesNotExistIsAKorean404PageThatSaysWhatIsMissing() throws Exception {
		String page = mvc.perform(get("/admin/spaces/987654321").session(staff("gimhae")))
			.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("페이지를 찾을 수 없습니다").contains("예약할 수 있는 공간이 아닙니다.")
			.doesNotContain("Exception");
	}

	@Test
	void aStaffPageIsAboutTheCenterAskedForAndRefusesOneTheyDoNotServe() throws Exception {
		MockHttpSession staff = staff("gimhae");
		mvc.perform(get("/admin/spaces").param("center", String.valueOf(centerId("busan"))).session(staff))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/spaces").param("center", "부산").session(staff)).andExpect(status().isBadRequest());
		String page = mvc.perform(get("/admin/spaces").param("center", String.valueOf(centerId("gimhae"))).session(staff))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/admin/spaces/queue?center=" + centerId("gimhae"));
	}
}
