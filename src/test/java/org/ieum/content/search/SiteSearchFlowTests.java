package org.ieum.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.ieum.content.ContentFixtures;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The site search as visitors use it: text found inside attachments, private questions never
 * found, a portal searching itself and the root the whole network, tabs with counts, escaped
 * highlights, and clear messages for no words or too many.
 */
@IeumSpringTest
class SiteSearchFlowTests {

	private static final String STAFF = "site-search-busan@example.kr";
	private static final String ASKER = "site-search-asker@example.kr";
	private static final Random RANDOM = new Random();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PostIndex postIndex;

	ContentFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "부산 누리집 담당", "CENTER_STAFF", "busan");
		fixtures.person(ASKER, "검색문의자", "CITIZEN", null);
	}

	/** A word found nowhere else: lower-case letters only, so every analyzer keeps it whole. */
	private static String uniqueWord() {
		StringBuilder word = new StringBuilder("zq");
		for (int i = 0; i < 10; i++) {
			word.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return word.toString();
	}

	private MockHttpSession login(String email) throws Exception {
		return (MockHttpSession) mvc
			.perform(formLogin("/login").userParameter("email").user(email).password(ContentFixtures.PASSWORD))
			.andReturn().getRequest().getSession();
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** A search page with its parameters given as name, value pairs (sent as a browser encodes them). */
	private String search(String path, String... params) throws Exception {
		var request = get(path);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private MockMultipartHttpServletRequestBuilder newPost(String board, String title, String body) throws Exception {
		return (MockMultipartHttpServletRequestBuilder) multipart(
				"/admin/content/boards/" + fixtures.boardId("busan", board) + "/posts/new")
			.session(login(STAFF)).with(csrf()).param("title", title).param("body", body);
	}

	private long postId(String title) {
		return jdbc.queryForObject("select id from content_post where title = ?", Long.class, title);
	}

	@Autowired
	org.ieum.content.board.BoardCounts boardCounts;

	@Test
	void aWordOnlyInsideAnAttachmentFindsThePostInItsPortalAndTheNetworkButNotInAnotherPortal() throws Exception {
		String word = uniqueWord();
		String title = "사회연대기금 운용지침 " + System.nanoTime();
		mvc.perform(newPost("resources", title, "붙임 파일을 참고해 주세요.")
			.file(new MockMultipartFile("files", "운용지침.docx", "application/octet-stream",
					AttachmentTextTests.docx("제3조 기금의 용도 " + word, "지역순환경제 활성화 계획"))))
			.andExpect(status().is3xxRedirection());
		long id = postId(title);
		assertThat(jdbc.queryForObject("select extracted_text from content_attachment where post_id = ?", String.class, id))
			.contains(word);

		String portal = search("/c/busan/search", "q", word);
		assertThat(portal).contains(title, "/c/busan/boards/resources/" + id, "<mark>" + word + "</mark>");
		assertThat(search("/search", "q", word)).contains(title, "/c/busan/boards/resources/" + id);
		assertThat(search("/c/gimhae/search", "q", word)).doesNotContain(title).contains("찾은 것이 없습니다.");
		assertThat(search("/c/busan/search", "kind", "posts", "q", "지역순환경제")).contains(title);
	}

	@Test
	void anHwpAndAnHwpxAttachmentAreFoundByTheirText() throws Exception {
		String hwpWord = uniqueWord();
		String hwpxWord = uniqueWord();
		String title = "공모 안내 서식 " + System.nanoTime();
		mvc.perform(newPost("resources", title, "서식입니다.")
			.file(new MockMultipartFile("files", "공고.hwp", "application/x-hwp",
					AttachmentTextTests.hwp(true, "공모 기간 안내 " + hwpWord)))
			.file(new MockMultipartFile("files", "신청서.hwpx", "application/hwp+zip",
					AttachmentTextTests.hwpx("<hp:p><hp:t>신청서 양식 " + hwpxWord + "</hp:t></hp:p>"))))
			.andExpect(status().is3xxRedirection());
		assertThat(search("/c/busan/search", "q", hwpWord)).contains(title);
		assertThat(search("/c/busan/search", "q", hwpxWord)).contains(title);
	}

	@Test
	void aFileWhoseTextCannotBeReadLeavesItWithoutTextAndThePostSaves() throws Exception {
		String title = "읽을 수 없는 첨부 " + System.nanoTime();
		// a ZIP with the main part of a DOCX, so the upload check takes it, whose XML is broken
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("<w:document><broken".getBytes(StandardCharsets.UTF_8));
		}
		mvc.perform(newPost("resources", title, "본문은 그대로 찾힙니다")
			.file(new MockMultipartFile("files", "깨진 문서.docx", "application/octet-stream", bytes.toByteArray())))
			.andExpect(status().is3xxRedirection());
		long id = postId(title);
		assertThat(jdbc.queryForMap("select extracted_text, text_read_at from content_attachment where post_id = ?", id))
			.containsEntry("extracted_text", null)
			.hasEntrySatisfying("text_read_at", at -> assertThat(at).isNotNull());
		assertThat(search("/c/busan/search", "q", "읽을 수 없는 첨부")).contains("/c/busan/boards/resources/" + id);
	}

	@Test
	void aPrivateQuestionIsNeverFoundAndAPublicOneIs() throws Exception {
		String secret = uniqueWord();
		String open = uniqueWord();
		MockHttpSession asker = login(ASKER);
		mvc.perform(post("/c/busan/boards/qna/ask").session(asker).with(csrf())
			.param("title", "비공개 질문 " + secret).param("body", "내용 " + secret).param("privatePost", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/c/busan/boards/qna/ask").session(asker).with(csrf())
			.param("title", "공개 질문 " + open).param("body", "내용 " + open).param("privatePost", "false"))
			.andExpect(status().is3xxRedirection());

		assertThat(search("/c/busan/search", "q", secret)).doesNotContain("비공개 질문").contains("찾은 것이 없습니다.");
		assertThat(search("/search", "q", secret)).doesNotContain("비공개 질문");
		String asAsker = mvc.perform(get("/c/busan/search").param("q", secret).session(asker)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(asAsker).doesNotContain("비공개 질문");
		assertThat(search("/c/busan/search", "q", open)).contains("공개 질문");
	}

	@Test
	void eachKindHasATabWithItsCountAndATabPagesThroughItsKind() throws Exception {
		String all = search("/c/busan/search", "q", "회의실");
		assertThat(all).contains("kind=posts", "kind=organizations", "kind=courses", "kind=calls", "kind=spaces",
				"게시글", "기업·단체", "교육·행사", "지원사업", "공간", "<mark>회의실</mark> 1");
		assertThat(all).containsPattern("kind=spaces\"[^>]*>\\s*<span>공간</span> <span class=\"count\">[1-9]");
		String spaces = search("/c/busan/search", "q", "회의실", "kind", "spaces");
		assertThat(spaces).contains("<mark>회의실</mark> 1", "<mark>회의실</mark> 2", "aria-current=\"page\"", "/c/busan/spaces/");
		// a page past the end shows the last one, text and negative numbers the first
		assertThat(search("/c/busan/search", "q", "회의실", "kind", "spaces", "page", "99999999999")).contains("<mark>회의실</mark> 1");
		assertThat(search("/c/busan/search", "q", "회의실", "kind", "spaces", "page", "-3")).contains("<mark>회의실</mark> 1");
		assertThat(search("/c/busan/search", "q", "회의실", "kind", "spaces", "page", "abc")).contains("<mark>회의실</mark> 1");
		assertThat(search("/c/busan/search", "q", "회의실", "kind", "nonsense")).contains("<mark>회의실</mark> 1");
		// the network root finds other centers' rooms too and names the center
		assertThat(search("/search", "q", "회의실", "kind", "spaces")).contains("부산", "김해");
	}

	@Test
	void theCentersStaticPagesAreFoundByTheirWordsInTheirPortalAndTheNetworkOnly() throws Exception {
		String word = uniqueWord();
		String hidden = uniqueWord();
		long busan = fixtures.centerId("busan");
		jdbc.update("delete from content_page where center_id = ? and kind = 'DIRECTIONS'", busan);
		jdbc.update("insert into content_page (center_id, kind, body_html, updated_at) values (?, 'DIRECTIONS', ?, current_timestamp)",
				busan, "<p>지하철 " + word + "역 3번 출구</p><p><a href=\"https://example.kr/" + hidden + "\">안내</a></p>");
		jdbc.update("insert into content_history_row (center_id, event_year, event_month, text) values (?, 2019, 5, ?)",
				busan, "센터 " + word + " 개소");
		jdbc.update("insert into content_org_member (center_id, team, name, role, phone, position) values (?, ?, '김담당', '팀장', null, 99)",
				busan, word + "팀");
		try {
			String pages = "<span>센터소개</span> <span class=\"count\">";
			String found = search("/c/busan/search", "q", word, "kind", "pages");
			assertThat(found).contains(pages + "3</span>", "<mark>" + word + "</mark>역 3번 출구", "2019년 센터 <mark>" + word
					+ "</mark> 개소", "<mark>" + word + "</mark>팀 &middot; 김담당 &middot; 팀장");
			assertThat(search("/search", "q", word, "kind", "pages")).contains(pages + "3</span>", "부산");
			assertThat(search("/c/gimhae/search", "q", word, "kind", "pages")).contains(pages + "0</span>");
			// a word only inside a link's address is no word of the page
			assertThat(search("/c/busan/search", "q", hidden, "kind", "pages")).contains(pages + "0</span>");
		}
		finally {
			jdbc.update("delete from content_history_row where text = ?", "센터 " + word + " 개소");
			jdbc.update("delete from content_org_member where team = ?", word + "팀");
			jdbc.update("delete from content_page where center_id = ? and kind = 'DIRECTIONS' and body_html like ?", busan, "%" + word + "%");
		}
	}

	@Test
	void markupInTheQueryAndInTitlesIsShownAsText() throws Exception {
		String word = uniqueWord();
		String title = "<img src=x onerror=alert(1)> 안내 " + word;
		mvc.perform(newPost("notice", title, "본문 " + word)).andExpect(status().is3xxRedirection());
		String found = search("/c/busan/search", "q", word);
		assertThat(found).contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");

		String script = search("/search", "q", "<script>alert(1)</script>");
		assertThat(script).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void noWordsOrTooManyGetAClearMessageAndNoSearch() throws Exception {
		assertThat(page("/search")).contains("검색어를 입력해 주세요.").doesNotContain("kind=posts");
		assertThat(search("/c/busan/search", "q", "  ")).contains("검색어를 입력해 주세요.");
		assertThat(search("/search", "q", "가".repeat(101))).contains("검색어는 100자까지 입력할 수 있습니다.")
			.doesNotContain("kind=posts");
		assertThat(search("/search", "q", "가".repeat(100))).doesNotContain("검색어는 100자까지");
	}

	@Test
	void aPostWrittenPastTheIndexIsFoundOnceTheServerCatchesUp() throws Exception {
		String word = uniqueWord();
		long board = fixtures.boardId("busan", "notice");
		// one indexed post removed straight from the database, so the index and the table hold as many
		// posts again once the new one is written: only a look by id finds what is missing
		String gone = "지워질 공지 " + uniqueWord();
		mvc.perform(newPost("notice", gone, "본문")).andExpect(status().is3xxRedirection());
		jdbc.update("delete from content_post where id = ?", postId(gone));
		// as an import command in its own process writes it: straight into the database
		jdbc.update("insert into content_post (board_id, center_id, title, body_html, body_text, publish_from, created_at,"
				+ " updated_at) values (?, ?, ?, '<p>본문</p>', '본문', current_timestamp - 1, current_timestamp - 1,"
				+ " current_timestamp - 1)", board, fixtures.centerId("busan"), "가져온 공지 " + word);
		boardCounts.recount(board);
		assertThat(search("/c/busan/search", "q", word)).doesNotContain("가져온 공지");
		postIndex.buildIfBehind(false);
		assertThat(search("/c/busan/search", "q", word)).contains("가져온 공지");
	}

	@Test
	void everyPageHasTheSearchBoxOfItsPortalOrOfTheNetwork() throws Exception {
		assertThat(page("/c/busan/boards")).contains("class=\"header-search\"", "action=\"/c/busan/search\"");
		assertThat(page("/")).contains("class=\"header-search\"", "action=\"/search\"");
		mvc.perform(get("/c/no-such-center/search").param("q", "x")).andExpect(status().isNotFound());
	}
}
