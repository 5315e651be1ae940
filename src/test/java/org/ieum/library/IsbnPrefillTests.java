package org.ieum.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ieum.library.books.Isbn;
import org.ieum.support.DemoStaff;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Adding a book by typing its ISBN: the form is filled in from the same title in another center's catalogue, the
 * staff member still checks and saves it, and nothing is saved by the look-up; an ISBN nobody has, a wrong one and
 * one the center has already are each told apart.
 */
@IeumSpringTest
class IsbnPrefillTests {

	private static final String LOOKUP = "/admin/library/books/new/lookup";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private int books(String slug, String isbn) {
		return jdbc.queryForObject("select count(*) from library_book where center_id = ? and isbn = ?", Integer.class,
				DemoStaff.centerId(jdbc, slug), isbn);
	}

	private void add(MockHttpSession staff, String slug, String isbn, String title) throws Exception {
		mvc.perform(post("/admin/library/books/new").session(staff).with(csrf())
			.param("center", String.valueOf(DemoStaff.centerId(jdbc, slug))).param("isbn", isbn).param("title", title)
			.param("authors", "부산 저자").param("publisher", "바다출판").param("publishedYear", "2019")
			.param("subject", "협동조합").param("callNumber", "BUSAN-1").param("copies", "1"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void anIsbnAnotherCenterHasFillsTheFormAndSavesNothing() throws Exception {
		String isbn10 = CatalogueImportTests.freshIsbn10();
		String isbn13 = Isbn.parse(isbn10).orElseThrow();
		String title = "다른 센터의 책 " + System.nanoTime();
		add(DemoStaff.session(mvc, "busan"), "busan", isbn13, title);
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		String center = String.valueOf(DemoStaff.centerId(jdbc, "gimhae"));
		String typed = isbn10.substring(0, 3) + "-" + isbn10.substring(3);

		mvc.perform(post(LOOKUP).session(gimhae).with(csrf()).param("center", center).param("isbn", typed)
			.param("copies", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + isbn13 + "\"")))
			.andExpect(content().string(containsString("value=\"" + title + "\"")))
			.andExpect(content().string(containsString("value=\"부산 저자\"")))
			.andExpect(content().string(containsString("value=\"바다출판\"")))
			.andExpect(content().string(containsString("value=\"2019\"")))
			.andExpect(content().string(containsString("value=\"협동조합\"")))
			.andExpect(content().string(not(containsString("value=\"BUSAN-1\""))))
			.andExpect(content().string(containsString("다른 센터 목록에서 같은 ISBN의 책을 찾아 채웠습니다.")));
		assertThat(books("gimhae", isbn13)).isZero();

		// then saved through the form as usual
		add(gimhae, "gimhae", isbn13, title);
		assertThat(books("gimhae", isbn13)).isOne();
		mvc.perform(post(LOOKUP).session(gimhae).with(csrf()).param("center", center).param("isbn", isbn13))
			.andExpect(content().string(containsString("ISBN " + isbn13 + "인 책이 이미 소장 도서에 있습니다.")));
	}

	@Test
	void anUnknownOrWrongIsbnIsSaidSo() throws Exception {
		MockHttpSession gimhae = DemoStaff.session(mvc, "gimhae");
		String center = String.valueOf(DemoStaff.centerId(jdbc, "gimhae"));
		String unknown = CatalogueImportTests.freshIsbn13();
		mvc.perform(post(LOOKUP).session(gimhae).with(csrf()).param("center", center).param("isbn", unknown))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("다른 센터 목록에 이 ISBN의 책이 없습니다.")));
		String wrong = unknown.substring(0, 12) + ((unknown.charAt(12) - '0' + 1) % 10);
		mvc.perform(post(LOOKUP).session(gimhae).with(csrf()).param("center", center).param("isbn", wrong))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("올바른 ISBN이 아닙니다.")));
		assertThat(books("gimhae", unknown)).isZero();
	}
}
