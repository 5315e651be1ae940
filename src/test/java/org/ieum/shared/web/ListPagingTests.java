package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@IeumSpringTest
class ListPagingTests {

	@Autowired
	MockMvc mvc;

	private MockHttpSession admin() throws Exception {
		return (MockHttpSession) mvc.perform(formLogin("/login").userParameter("email").user("admin@ieum.example")
				.password("ieum2026!"))
			.andReturn().getRequest().getSession();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin/members?page=999999999", "/admin/audit/access?page=2147483647",
			"/admin/outbox?page=999999999", "/admin/audit/roles?page=2147483647",
			"/admin/organizations?page=2147483647", "/admin/members?page=-5" })
	void aPageFarPastTheEndIsAnEmptyPageNotAnError(String url) throws Exception {
		mvc.perform(get(url).session(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<h1")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("일시적인 오류"))));
	}

	@Test
	void aPagePastTheEndLeadsBackToTheLastPage() throws Exception {
		mvc.perform(get("/admin/members?q={q}&page=999999999", "김해").session(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("page=0\">")))
			.andExpect(content().string(Matchers.containsString("q=%EA%B9%80%ED%95%B4")));
	}

	@Test
	void aPageThatIsNotANumberShowsTheListWithItsOtherFilters() throws Exception {
		MockHttpSession admin = admin();
		mvc.perform(get("/admin/members?q={q}&page=abc", "김해").session(admin))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/members?q=%EA%B9%80%ED%95%B4"));
		mvc.perform(get("/admin/outbox?page=1e9").session(admin)).andExpect(redirectedUrl("/admin/outbox"));
		mvc.perform(get("/admin/audit/access?page=%00").session(admin)).andExpect(redirectedUrl("/admin/audit/access"));
	}

	@Test
	void theApiAnswersABadPageWithAKorean400() throws Exception {
		mvc.perform(get("/api/v1/organizations").param("page", "abc"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(Matchers.containsString("0 이상의 정수")));
		mvc.perform(get("/api/v1/organizations").param("page", "2147483647").param("size", "-3"))
			.andExpect(status().isOk());
	}

	@Test
	void theRuleClampsPagesAndSizes() {
		assertThat(PageRequests.of(-1, 30).getPageNumber()).isZero();
		assertThat(PageRequests.of(Integer.MAX_VALUE, 50).getOffset()).isLessThan(Integer.MAX_VALUE);
		assertThat(PageRequests.of(3, 0).getPageSize()).isEqualTo(1);
		assertThat(PageRequests.of(3, 100_000).getPageSize()).isEqualTo(PageRequests.MAX_SIZE);
		assertThat(PageRequests.size(500, 100)).isEqualTo(100);
	}
}
