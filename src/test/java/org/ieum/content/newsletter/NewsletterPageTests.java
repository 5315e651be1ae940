package org.ieum.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The newsletter box in the footer of every page, and the form it leads to. */
@IeumSpringTest
class NewsletterPageTests {

	@Autowired
	MockMvc mvc;

	private MvcResult read(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
	}

	@Test
	void everyPageOffersTheNewsletterWithoutOpeningASessionAndTheBoxFillsInTheForm() throws Exception {
		MvcResult board = read("/c/busan/boards/notice");
		assertThat(board.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("action=\"/c/busan/newsletter\"", "id=\"footer-newsletter-email\"");
		assertThat(board.getRequest().getSession(false)).as("a reader gets no session cookie").isNull();
		MvcResult root = read("/");
		assertThat(root.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("action=\"/newsletter\"");
		assertThat(root.getRequest().getSession(false)).isNull();

		String form = read("/c/busan/newsletter?email=visitor@example.kr").getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(form).contains("value=\"visitor@example.kr\"", "name=\"consent\"", "보관 기간", "name=\"_csrf\"",
				"부산광역시 사회적경제지원센터 소식지 구독");
		java.util.List<String> ids = java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(form).results()
			.map(m -> m.group(1)).toList();
		assertThat(ids).doesNotHaveDuplicates();
	}
}
