package org.ieum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The header's links follow who is looking: a visitor, a signed-in member, center staff. */
@IeumSpringTest
class HeaderLinksTests {

	@Autowired
	MockMvc mvc;

	private String header(MockHttpServletRequestBuilder request) throws Exception {
		String html = mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return html.substring(html.indexOf("<header"), html.indexOf("</header>"));
	}

	@Test
	void aVisitorIsOfferedToSignInAndUp() throws Exception {
		assertThat(header(get("/c/gimhae"))).contains(">로그인</a>", ">회원가입</a>")
			.doesNotContain(">마이페이지</a>", ">로그아웃</button>", ">관리</a>", "notification-bell");
	}

	@Test
	void aMemberSeesMyPageTheBellAndSignOutButNoAdministration() throws Exception {
		assertThat(header(get("/c/gimhae").with(user("header.member@example.kr").roles("CITIZEN"))))
			.contains(">마이페이지</a>", "href=\"/c/gimhae/my\"", "notification-bell", ">로그아웃</button>")
			.doesNotContain(">로그인</a>", ">회원가입</a>", ">관리</a>");
	}

	@Test
	void staffSeeTheAdministrationLink() throws Exception {
		assertThat(header(get("/c/gimhae").with(user("header.staff@example.kr").roles("CENTER_STAFF"))))
			.contains(">관리</a>", ">마이페이지</a>", ">로그아웃</button>")
			.doesNotContain(">로그인</a>");
	}
}
