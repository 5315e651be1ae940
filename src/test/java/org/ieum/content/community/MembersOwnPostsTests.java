package org.ieum.content.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.ieum.content.ContentFixtures;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Members change and delete their own posts and comments on the 자유게시판, and change or withdraw
 * their own question until it is answered: never someone else's (a 403 page that changes nothing),
 * never what staff hid, a deletion only once confirmed, and a deleted post gone from the list,
 * its page and the site search.
 */
@IeumSpringTest
class MembersOwnPostsTests {

	private static final String WRITER = "own-posts-writer@example.kr";
	private static final String OTHER = "own-posts-other@example.kr";
	private static final String STAFF = "own-posts-gimhae@example.kr";
	private static final String BUSAN_STAFF = "own-posts-busan@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	ContentFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(WRITER, "글쓴회원", "CITIZEN", null);
		fixtures.person(OTHER, "남의회원", "CITIZEN", null);
		fixtures.person(STAFF, "김해 게시판 담당", "CENTER_STAFF", "gimhae");
		fixtures.person(BUSAN_STAFF, "부산 문의 담당", "CENTER_STAFF", "busan");
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private String page(String path, MockHttpSession session) throws Exception {
		var request = get(path);
		if (session != null) {
			request.session(session);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private long write(MockHttpSession session, String title, String body) throws Exception {
		mvc.perform(post("/c/gimhae/boards/free/write").session(session).with(csrf()).param("title", title)
			.param("body", body)).andExpect(status().is3xxRedirection());
		return jdbc.queryForObject("select id from content_post where title = ?", Long.class, title);
	}

	private Map<String, Object> row(long id) {
		return jdbc.queryForMap("select title, body_text, body_html, hidden, deleted_at from content_post where id = ?", id);
	}

	/** A word found nowhere else: lower-case letters only, so every analyzer keeps it whole. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		long n = System.nanoTime();
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + (int) (n % 26)));
			n /= 26;
		}
		return word.toString();
	}

	@Test
	void theWriterEditsTheirPostThroughTheSameCleaningAndAnotherMemberGetsA403ThatChangesNothing() throws Exception {
		MockHttpSession writer = login(WRITER);
		String title = "장터 함께 나가요 " + System.nanoTime();
		long id = write(writer, title, "토요일 장터");
		String path = "/c/gimhae/boards/free/" + id;

		assertThat(page(path, writer)).contains("href=\"" + path + "/edit\"", "이 글 삭제");
		assertThat(page(path, login(OTHER))).doesNotContain(path + "/edit", "이 글 삭제");
		assertThat(page(path + "/edit", writer)).contains("글 고치기", title, "토요일 장터");

		mvc.perform(post(path + "/edit").session(writer).with(csrf()).param("title", title + " (수정)")
			.param("body", "일요일 장터 <script>alert(1)</script>"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("notice", "content.notice.edited"));
		assertThat(row(id).get("title")).isEqualTo(title + " (수정)");
		assertThat((String) row(id).get("body_html")).contains("일요일 장터").doesNotContain("<script>");
		assertThat(page(path, null)).contains(title + " (수정)", "일요일 장터");

		String refused = mvc.perform(post(path + "/edit").session(writer).with(csrf()).param("title", " ")
			.param("body", "제목 없음")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("제목을 입력해 주세요.");
		assertThat(row(id).get("title")).isEqualTo(title + " (수정)");

		MockHttpSession other = login(OTHER);
		String forbidden = mvc.perform(post(path + "/edit").session(other).with(csrf()).param("title", "가로챈 제목")
			.param("body", "가로챈 본문")).andExpect(status().isForbidden()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(forbidden).contains("내가 쓴 글만 고치거나 삭제할 수 있습니다.");
		mvc.perform(get(path + "/edit").session(other)).andExpect(status().isForbidden());
		mvc.perform(post(path + "/delete").session(other).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(row(id).get("title")).isEqualTo(title + " (수정)");
		assertThat(row(id).get("deleted_at")).isNull();
	}

	@Test
	void aConfirmedDeletionTakesThePostAndItsCommentsOutOfTheListThePageAndTheSiteSearch() throws Exception {
		MockHttpSession writer = login(WRITER);
		String word = uniqueWord();
		String title = "지울 글 " + word;
		long id = write(writer, title, "곧 지울 글입니다 " + word);
		String path = "/c/gimhae/boards/free/" + id;
		mvc.perform(post(path + "/comments").session(login(OTHER)).with(csrf()).param("body", "지울 글의 댓글"))
			.andExpect(flash().attribute("notice", "content.notice.commented"));
		assertThat(page("/c/gimhae/boards/free", null)).contains(title);
		assertThat(page("/c/gimhae/search?q=" + word, null)).contains(path);

		mvc.perform(post(path + "/delete").session(writer).with(csrf()))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("error", "content.error.confirmDelete"));
		assertThat(row(id).get("deleted_at")).isNull();

		mvc.perform(post(path + "/delete").session(writer).with(csrf()).param("confirm", "true"))
			.andExpect(redirectedUrl("/c/gimhae/boards/free"))
			.andExpect(flash().attribute("notice", "content.notice.deleted"));
		assertThat(row(id).get("deleted_at")).isNotNull();
		assertThat(page("/c/gimhae/boards/free", null)).doesNotContain(title);
		assertThat(page("/c/gimhae/boards/free", writer)).doesNotContain(title);
		mvc.perform(get(path)).andExpect(status().isNotFound());
		assertThat(page("/c/gimhae/search?q=" + word, null)).doesNotContain(path);
		assertThat(page("/search?q=" + word, null)).doesNotContain(path);
		assertThat(jdbc.queryForObject("select count(*) from content_comment where post_id = ? and deleted_at is null",
				Integer.class, id)).isZero();
		mvc.perform(post(path + "/edit").session(writer).with(csrf()).param("title", "되살리기").param("body", "본문"))
			.andExpect(status().isNotFound());

		// staff cannot bring back what its writer deleted
		mvc.perform(post("/admin/content/posts/" + id + "/restore").session(login(STAFF)).with(csrf()))
			.andExpect(flash().attribute("error", "content.error.deletedByWriter"));
		assertThat(row(id).get("hidden")).isEqualTo(true);
	}

	@Test
	void aPostStaffHidIsNoLongerTheWritersToChangeOrDelete() throws Exception {
		MockHttpSession writer = login(WRITER);
		String title = "숨겨질 글 " + System.nanoTime();
		long id = write(writer, title, "광고 글");
		mvc.perform(post("/admin/content/posts/" + id + "/hide").session(login(STAFF)).with(csrf()))
			.andExpect(flash().attribute("notice", "content.notice.hidden"));
		String path = "/c/gimhae/boards/free/" + id;

		String refused = mvc.perform(post(path + "/edit").session(writer).with(csrf()).param("title", "고쳐서 다시")
			.param("body", "광고 아님")).andExpect(status().isForbidden()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("센터 담당자가 숨긴 글과 댓글은 고치거나 삭제할 수 없습니다.");
		mvc.perform(post(path + "/delete").session(writer).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(row(id).get("title")).isEqualTo(title);
		assertThat(row(id).get("deleted_at")).isNull();
	}

	@Test
	void theWriterEditsAndDeletesTheirOwnCommentButNotSomeoneElses() throws Exception {
		long id = write(login(STAFF), "댓글 달 글 " + System.nanoTime(), "댓글을 달아 주세요");
		String path = "/c/gimhae/boards/free/" + id;
		MockHttpSession writer = login(WRITER);
		mvc.perform(post(path + "/comments").session(writer).with(csrf()).param("body", "처음 쓴 댓글"))
			.andExpect(flash().attribute("notice", "content.notice.commented"));
		long comment = jdbc.queryForObject("select id from content_comment where post_id = ?", Long.class, id);
		assertThat(page(path, writer)).contains(path + "/comments/" + comment + "/edit", "댓글 삭제");
		assertThat(page(path, login(OTHER))).doesNotContain(path + "/comments/" + comment + "/edit");

		mvc.perform(post(path + "/comments/" + comment + "/edit").session(writer).with(csrf()).param("body", "고친 댓글"))
			.andExpect(flash().attribute("notice", "content.notice.commentEdited"));
		assertThat(page(path, null)).contains("고친 댓글").doesNotContain("처음 쓴 댓글");

		MockHttpSession other = login(OTHER);
		mvc.perform(post(path + "/comments/" + comment + "/edit").session(other).with(csrf()).param("body", "남이 고침"))
			.andExpect(status().isForbidden());
		mvc.perform(post(path + "/comments/" + comment + "/delete").session(other).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(page(path, null)).contains("고친 댓글");

		mvc.perform(post(path + "/comments/" + comment + "/delete").session(writer).with(csrf()).param("confirm", "true"))
			.andExpect(flash().attribute("notice", "content.notice.commentDeleted"));
		assertThat(page(path, null)).doesNotContain("고친 댓글");
		assertThat(page(path, login(STAFF))).doesNotContain("고친 댓글");
	}

	@Test
	void anAskerChangesOrWithdrawsTheirQuestionUntilItIsAnsweredAndNobodyElseCan() throws Exception {
		MockHttpSession asker = login(WRITER);
		String title = "수정할 문의 " + System.nanoTime();
		mvc.perform(post("/c/busan/boards/qna/ask").session(asker).with(csrf()).param("title", title)
			.param("body", "처음 문의").param("privatePost", "false")).andExpect(status().is3xxRedirection());
		long id = jdbc.queryForObject("select id from content_post where title = ?", Long.class, title);
		String path = "/c/busan/boards/qna/" + id;

		assertThat(page(path, asker)).contains(path + "/question", "문의 철회");
		assertThat(page(path, login(OTHER))).doesNotContain(path + "/question");
		mvc.perform(post(path + "/question").session(asker).with(csrf()).param("title", title).param("body", "고친 문의"))
			.andExpect(redirectedUrl(path))
			.andExpect(flash().attribute("notice", "content.notice.questionEdited"));
		assertThat(row(id).get("body_text")).isEqualTo("고친 문의");
		mvc.perform(post(path + "/question").session(login(OTHER)).with(csrf()).param("title", "남의 것")
			.param("body", "남의 것")).andExpect(status().isForbidden());
		mvc.perform(post(path + "/withdraw").session(login(OTHER)).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(row(id).get("deleted_at")).isNull();

		mvc.perform(post("/admin/content/posts/" + id + "/answer").session(login(BUSAN_STAFF)).with(csrf())
			.param("answer", "<p>답변드립니다.</p>")).andExpect(status().is3xxRedirection());
		String answered = mvc.perform(post(path + "/question").session(asker).with(csrf()).param("title", "답변 뒤")
			.param("body", "답변 뒤 수정")).andExpect(status().isForbidden()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answered).contains("답변이 달린 문의는 고치거나 철회할 수 없습니다.");
		mvc.perform(post(path + "/withdraw").session(asker).with(csrf()).param("confirm", "true"))
			.andExpect(status().isForbidden());
		assertThat(row(id).get("body_text")).isEqualTo("고친 문의");
		assertThat(page(path, asker)).doesNotContain(path + "/question");

		String second = "철회할 문의 " + System.nanoTime();
		mvc.perform(post("/c/busan/boards/qna/ask").session(asker).with(csrf()).param("title", second)
			.param("body", "철회합니다")).andExpect(status().is3xxRedirection());
		long secondId = jdbc.queryForObject("select id from content_post where title = ?", Long.class, second);
		mvc.perform(post("/c/busan/boards/qna/" + secondId + "/withdraw").session(asker).with(csrf()).param("confirm", "true"))
			.andExpect(redirectedUrl("/c/busan/boards/qna"))
			.andExpect(flash().attribute("notice", "content.notice.withdrawn"));
		assertThat(page("/c/busan/boards/qna", asker)).doesNotContain(second);
		mvc.perform(get("/c/busan/boards/qna/" + secondId).session(asker)).andExpect(status().isNotFound());
	}
}
