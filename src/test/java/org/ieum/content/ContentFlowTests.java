package org.ieum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.ieum.content.board.ViewCounter;
import org.ieum.identity.AccountDeleted;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The boards as staff, members and visitors use them through the web: writing with
 * attachments, refusals that change nothing, private questions, cross-posting by a
 * metropolitan center, paging, feeds and the sitemap, view counts and moderation.
 */
@IeumSpringTest
class ContentFlowTests {

	private static final String STAFF = "content-flow-busan@example.kr";
	private static final String METRO_STAFF = "content-flow-jeonbuk@example.kr";
	private static final String ASKER = "content-flow-asker@example.kr";
	private static final String OTHER = "content-flow-other@example.kr";
	private static final String GIMHAE_STAFF = "content-flow-gimhae@example.kr";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ViewCounter viewCounter;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	ContentFixtures fixtures;

	@BeforeEach
	void people() {
		fixtures = new ContentFixtures(jdbc);
		fixtures.person(STAFF, "부산 홍보 담당", "CENTER_STAFF", "busan");
		fixtures.person(METRO_STAFF, "전북 홍보 담당", "CENTER_STAFF", "jeonbuk");
		fixtures.person(GIMHAE_STAFF, "김해 홍보 담당", "CENTER_STAFF", "gimhae");
		fixtures.person(ASKER, "문의한사람", "CITIZEN", null);
		fixtures.person(OTHER, "다른사람", "CITIZEN", null);
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
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private MockMultipartHttpServletRequestBuilder newPost(long boardId, MockHttpSession session, String title, String body) {
		return (MockMultipartHttpServletRequestBuilder) multipart("/admin/content/boards/" + boardId + "/posts/new")
			.session(session).with(csrf()).param("title", title).param("body", body);
	}

	private long postCount() {
		return jdbc.queryForObject("select count(*) from content_post", Long.class);
	}

	private long postId(String title) {
		return jdbc.queryForObject("select id from content_post where title = ?", Long.class, title);
	}

	@Test
	void staffPostWithAPdfThatVisitorsReadAndDownloadAndAScriptInTheBodyIsStrippedButThePostSaves() throws Exception {
		MockHttpSession staff = login(STAFF);
		long board = fixtures.boardId("busan", "resources");
		String title = "사업계획서 양식 배포 " + System.nanoTime();
		byte[] pdf = ContentFixtures.pdf();
		String location = mvc.perform(newPost(board, staff, title, "<p>양식을 내려받으세요.</p><script>alert('x')</script>")
			.file(new MockMultipartFile("files", "사업계획서 양식.pdf", "application/pdf", pdf))
			.param("category", "서식"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "content.notice.posted"))
			.andReturn().getResponse().getRedirectedUrl();
		long id = postId(title);
		assertThat(location).isEqualTo("/admin/content/posts/" + id);
		assertThat(jdbc.queryForObject("select body_html from content_post where id = ?", String.class, id))
			.isEqualTo("<p>양식을 내려받으세요.</p>");

		String list = page("/c/busan/boards/resources", null);
		assertThat(list).contains(title, "서식");
		String row = list.substring(list.indexOf(title));
		assertThat(row.substring(0, row.indexOf("</li>"))).as("the list marks the post's file").contains("첨부 있음");
		String post = page("/c/busan/boards/resources/" + id, null);
		assertThat(post).contains(title, "양식을 내려받으세요.", "사업계획서 양식.pdf", "부산광역시 사회적경제지원센터")
			.doesNotContain("alert(");
		long attachment = jdbc.queryForObject("select id from content_attachment where post_id = ?", Long.class, id);
		byte[] downloaded = mvc.perform(get("/content/files/" + attachment))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
	}

	@Test
	void aGalleryShowsEachPostsFirstPictureAsItsThumbnail() throws Exception {
		MockHttpSession staff = login(STAFF);
		long board = fixtures.boardId("busan", "gallery");
		String title = "송년 장터 사진 " + System.nanoTime();
		mvc.perform(newPost(board, staff, title, "<p>사진 모음</p>")
			.file(new MockMultipartFile("files", "행사 안내.pdf", "application/pdf", ContentFixtures.pdf()))
			.file(new MockMultipartFile("files", "장터1.png", "image/png", png()))
			.file(new MockMultipartFile("files", "장터2.png", "image/png", png())))
			.andExpect(status().is3xxRedirection());
		long id = postId(title);
		List<Long> pictures = jdbc.queryForList(
				"select id from content_attachment where post_id = ? and content_type like 'image/%' order by id", Long.class, id);
		assertThat(pictures).hasSize(2);
		String list = page("/c/busan/boards/gallery", null);
		String card = list.substring(list.lastIndexOf("<li", list.indexOf(title)), list.indexOf(title));
		assertThat(card).as("the first picture is the post's thumbnail")
			.contains("src=\"/content/files/" + pictures.get(0) + "\"")
			.doesNotContain("/content/files/" + pictures.get(1) + "\"");
	}

	private static byte[] png() throws java.io.IOException {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(16, 12, java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	@Test
	void aPostWithoutATitleIsRefusedInKoreanAndNothingIsSaved() throws Exception {
		MockHttpSession staff = login(STAFF);
		long before = postCount();
		String html = mvc.perform(newPost(fixtures.boardId("busan", "notice"), staff, "  ", "<p>본문만 있는 글</p>")
			.file(new MockMultipartFile("files", "양식.pdf", "application/pdf", ContentFixtures.pdf())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("제목을 입력해 주세요.", "본문만 있는 글");
		assertThat(postCount()).isEqualTo(before);
	}

	@Test
	void aDisguisedAWrongTypeOrAnOversizedAttachmentIsRefusedAndThePostIsNotSaved() throws Exception {
		MockHttpSession staff = login(STAFF);
		long board = fixtures.boardId("busan", "notice");
		long before = postCount();
		long files = jdbc.queryForObject("select count(*) from content_attachment", Long.class);

		byte[] script = "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refusal(newPost(board, staff, "위장 파일", "본문")
			.file(new MockMultipartFile("files", "공고문.pdf", "application/pdf", script))))
			.contains("공고문.pdf의 내용이 파일 이름의 형식과 다릅니다.");
		assertThat(refusal(newPost(board, staff, "위장 한글 파일", "본문")
			.file(new MockMultipartFile("files", "공고문.hwp", "application/x-hwp", ContentFixtures.pdf()))))
			.contains("공고문.hwp의 내용이 파일 이름의 형식과 다릅니다.");
		assertThat(refusal(newPost(board, staff, "실행 파일", "본문")
			.file(new MockMultipartFile("files", "setup.exe", "application/octet-stream", script))))
			.contains("setup.exe은(는) 올릴 수 없는 형식입니다.");
		byte[] large = Arrays.copyOf(ContentFixtures.pdf(), 9 * 1024 * 1024);
		assertThat(refusal(newPost(board, staff, "큰 파일", "본문")
			.file(new MockMultipartFile("files", "big.pdf", "application/pdf", large))))
			.contains("big.pdf이(가) 너무 큽니다. 8MB 이하로");

		assertThat(postCount()).isEqualTo(before);
		assertThat(jdbc.queryForObject("select count(*) from content_attachment", Long.class)).isEqualTo(files);
	}

	private String refusal(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aPrivateQuestionIsReadOnlyByTheAskerAndTheCentersStaffWhoseReadingIsLogged() throws Exception {
		MockHttpSession asker = login(ASKER);
		String title = "대관 취소 문의 " + System.nanoTime();
		String location = mvc.perform(post("/c/busan/boards/qna/ask").session(asker).with(csrf())
			.param("title", title).param("body", "예약한 회의실을 취소하고 싶습니다.\n연락처 010-1234-5678").param("privatePost", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = postId(title);
		assertThat(location).isEqualTo("/c/busan/boards/qna/" + id);
		assertThat(page(location, asker)).contains(title, "010-1234-5678", "문****");

		String refused = mvc.perform(get(location).session(login(OTHER)))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("비공개 문의입니다. 문의한 분과 센터 담당자만 볼 수 있습니다.").doesNotContain("010-1234-5678");
		mvc.perform(get(location)).andExpect(status().isForbidden());
		mvc.perform(get("/c/gimhae/boards/qna/" + id)).andExpect(status().isNotFound());
		assertThat(page("/c/busan/boards/qna", login(OTHER))).doesNotContain(title);
		assertThat(page("/c/busan/boards/qna", asker)).contains(title);

		long askerId = fixtures.accountId(ASKER);
		long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access where subject_account_id = ?",
				Long.class, askerId);
		MockHttpSession staff = login(STAFF);
		assertThat(page(location, staff)).contains("010-1234-5678", "답변 작성");
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where subject_account_id = ?",
				Long.class, askerId)).isEqualTo(logged + 1);

		mvc.perform(post("/admin/content/posts/" + id + "/answer").session(staff).with(csrf())
			.param("answer", "<p>마이페이지에서 취소할 수 있습니다.</p>").param("back", location))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "content.notice.answered"));
		assertThat(page(location, asker)).contains("마이페이지에서 취소할 수 있습니다.");
		mvc.perform(post("/admin/content/posts/" + id + "/answer").session(login(GIMHAE_STAFF)).with(csrf())
			.param("answer", "다른 센터의 답변")).andExpect(status().isForbidden());
	}

	@Test
	void aMetropolitanCenterSharesANoticeThatDistrictPortalsShowMarkedAsItsOwn() throws Exception {
		MockHttpSession metro = login(METRO_STAFF);
		long gunsan = fixtures.centerId("gunsan");
		String title = "전북 공동 교육 안내 " + System.nanoTime();
		mvc.perform(newPost(fixtures.boardId("jeonbuk", "notice"), metro, title, "군산에서도 신청할 수 있습니다.")
			.param("shareWith", String.valueOf(gunsan)))
			.andExpect(status().is3xxRedirection());
		long id = postId(title);

		String list = page("/c/gunsan/boards/notice", null);
		assertThat(list).contains(title, "전북특별자치도 사회적경제지원센터 제공");
		assertThat(page("/c/gunsan/boards/notice/" + id, null)).contains(title,
				"전북특별자치도 사회적경제지원센터에서 함께 알리는 글입니다.");
		assertThat(page("/c/jeonbuk/boards/notice/" + id, null)).doesNotContain("함께 알리는 글");
		mvc.perform(get("/c/busan/boards/notice/" + id)).andExpect(status().isNotFound());
		assertThat(page("/c/busan/boards/notice", null)).doesNotContain(title);

		long before = postCount();
		assertThat(refusal(newPost(fixtures.boardId("jeonbuk", "notice"), metro, "부산에도 알리기", "본문")
			.param("shareWith", String.valueOf(fixtures.centerId("busan")))))
			.contains("함께 알릴 수 있는 곳은 우리 센터에 속한 센터뿐입니다.");
		assertThat(postCount()).isEqualTo(before);
	}

	@Test
	void anyPageNumberAVisitorTypesShowsAPageNeverAnError() throws Exception {
		MockHttpSession staff = login(STAFF);
		long board = fixtures.boardId("busan", "press");
		for (int i = 0; i < 17; i++) {
			mvc.perform(newPost(board, staff, "페이지 시험 보도 " + i, "본문 " + i)).andExpect(status().is3xxRedirection());
		}
		for (String number : new String[] { "99999999999999999999", "2147483647", "-1", "abc", "1.5", "" }) {
			String html = page("/c/busan/boards/press?page=" + number, null);
			assertThat(html).as("page=%s", number).contains("보도자료");
		}
		assertThat(page("/c/busan/boards/press?page=2147483647", null)).contains("2 / 2 쪽");
		assertThat(page("/c/busan/boards/press?q=" + "시험 보도 1", null)).contains("페이지 시험 보도 1", "페이지 시험 보도 16")
			.doesNotContain("페이지 시험 보도 2<");
	}

	@Test
	void feedsAndTheSitemapAreWellFormedXmlAndLeavePrivateQuestionsOut() throws Exception {
		String secret = "사이트맵에 없어야 할 문의 " + System.nanoTime();
		mvc.perform(post("/c/busan/boards/qna/ask").session(login(ASKER)).with(csrf())
			.param("title", secret).param("body", "비밀").param("privatePost", "true")).andExpect(status().is3xxRedirection());
		long secretId = postId(secret);

		Document feed = xml(mvc.perform(get("/c/busan/boards/notice/feed.xml")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
		assertThat(feed.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
		NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
		assertThat(entries.getLength()).isPositive();
		assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
			.isEqualTo("부산광역시 사회적경제지원센터 공지사항");
		mvc.perform(get("/c/busan/boards/qna/feed.xml")).andExpect(status().isNotFound());

		Document sitemap = xml(mvc.perform(get("/sitemap.xml")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(sitemap.getDocumentElement().getLocalName()).isEqualTo("urlset");
		NodeList locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		StringBuilder all = new StringBuilder();
		for (int i = 0; i < locs.getLength(); i++) {
			all.append(locs.item(i).getTextContent()).append('\n');
		}
		assertThat(all.toString()).contains("/c/busan\n", "/c/busan/boards/notice\n", "/c/gimhae/boards/faq\n")
			.doesNotContain("/boards/qna", "/" + secretId + "\n");
		String robots = page("/robots.txt", null);
		assertThat(robots).contains("Disallow: /admin/", "Sitemap: http://localhost:8080/sitemap.xml");
	}

	private static Document xml(byte[] bytes) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
	}

	@Test
	void viewsAreCountedInMemoryAndWrittenTogetherLater() throws Exception {
		MockHttpSession staff = login(STAFF);
		String title = "조회수 시험 " + System.nanoTime();
		mvc.perform(newPost(fixtures.boardId("busan", "notice"), staff, title, "본문")).andExpect(status().is3xxRedirection());
		long id = postId(title);
		viewCounter.flush();
		for (int i = 0; i < 3; i++) {
			page("/c/busan/boards/notice/" + id, null);
		}
		assertThat(jdbc.queryForObject("select view_count from content_post where id = ?", Long.class, id)).isZero();
		assertThat(page("/c/busan/boards/notice", null)).contains("조회 3");
		viewCounter.flush();
		assertThat(jdbc.queryForObject("select view_count from content_post where id = ?", Long.class, id)).isEqualTo(3);
	}

	@Test
	void membersWriteCommentAndReportAndStaffHideACommentFromVisitors() throws Exception {
		MockHttpSession writer = login(ASKER);
		String title = "장터 같이 나가실 분 " + System.nanoTime();
		mvc.perform(post("/c/gimhae/boards/free/write").session(writer).with(csrf()).param("title", title)
			.param("body", "토요일 장터에 함께해요")).andExpect(status().is3xxRedirection());
		long id = postId(title);
		MockHttpSession other = login(OTHER);
		mvc.perform(post("/c/gimhae/boards/free/" + id + "/comments").session(other).with(csrf()).param("body", "광고 댓글입니다 010"))
			.andExpect(flash().attribute("notice", "content.notice.commented"));
		long comment = jdbc.queryForObject("select id from content_comment where post_id = ?", Long.class, id);
		mvc.perform(post("/c/gimhae/boards/free/" + id + "/report").session(writer).with(csrf())
			.param("comment", String.valueOf(comment)).param("reason", "광고입니다"))
			.andExpect(flash().attribute("notice", "content.notice.reported"));
		mvc.perform(post("/c/gimhae/boards/free/" + id + "/report").session(writer).with(csrf())
			.param("comment", String.valueOf(comment)).param("reason", "광고입니다"))
			.andExpect(flash().attribute("error", "content.error.reportedAlready"));
		assertThat(page("/c/gimhae/boards/free/" + id, null)).contains("광고 댓글입니다 010");

		MockHttpSession staff = login(GIMHAE_STAFF);
		assertThat(page("/admin/content/reports", staff)).contains(title, "광고입니다");
		mvc.perform(post("/admin/content/comments/" + comment + "/hide").session(login(STAFF)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/content/comments/" + comment + "/hide").session(staff).with(csrf()))
			.andExpect(flash().attribute("notice", "content.notice.hidden"));
		assertThat(page("/c/gimhae/boards/free/" + id, null)).doesNotContain("광고 댓글입니다 010");

		mvc.perform(post("/c/busan/boards/free/write").session(writer).with(csrf()).param("title", "꺼진 게시판")
			.param("body", "본문")).andExpect(status().isNotFound());
	}

	@Test
	void onlyASystemAdministratorMayChooseTheNetworksOwnBoardsAndNewsletter() throws Exception {
		MockHttpSession admin = login("admin@ieum.example");
		MockHttpSession staff = login(STAFF);
		for (String path : new String[] { "/admin/content", "/admin/content/newsletter" }) {
			assertThat(page(path, admin)).contains("action=\"" + path + "\"", "<option value=\"0\">네트워크 (사이트 첫 화면)</option>");
			assertThat(page(path + "?center=0", admin)).contains("<option value=\"0\" selected=\"selected\">네트워크 (사이트 첫 화면)</option>");
			// staff of one center have nothing to choose
			assertThat(page(path, staff)).doesNotContain("네트워크 (사이트 첫 화면)");
		}
	}

	@Test
	void staffCreateABoardThatAppearsInThePortalMenuUntilTheySwitchItOff() throws Exception {
		MockHttpSession staff = login(STAFF);
		long busan = fixtures.centerId("busan");
		String slug = "jobs-" + (System.nanoTime() % 100000);
		mvc.perform(post("/admin/content/boards").session(staff).with(csrf()).param("center", String.valueOf(busan))
			.param("kind", "NOTICE").param("name", "채용 소식").param("slug", slug).param("categories", "정규직\n계약직"))
			.andExpect(flash().attribute("notice", "content.notice.boardCreated"));
		assertThat(page("/c/busan/about", null)).contains("/c/busan/boards/" + slug, "채용 소식");
		mvc.perform(post("/admin/content/boards").session(staff).with(csrf()).param("center", String.valueOf(busan))
			.param("kind", "NOTICE").param("name", "중복").param("slug", slug))
			.andExpect(flash().attribute("error", "content.error.boardSlugTaken"));
		mvc.perform(post("/admin/content/boards").session(staff).with(csrf()).param("center", String.valueOf(fixtures.centerId("gimhae")))
			.param("kind", "NOTICE").param("name", "남의 센터").param("slug", "other-" + slug))
			.andExpect(status().isForbidden());

		long board = fixtures.boardId("busan", slug);
		mvc.perform(post("/admin/content/boards/" + board + "/up").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/content/boards/" + board + "/off").session(staff).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page("/c/busan/about", null)).doesNotContain("/c/busan/boards/" + slug);
		mvc.perform(get("/c/busan/boards/" + slug)).andExpect(status().isNotFound());
	}

	@Test
	void aPersonWhoDeletesTheirAccountLeavesNoQuestionAndNoNameBehind() throws Exception {
		String email = "content-flow-leaving-" + System.nanoTime() + "@example.kr";
		long account = fixtures.person(email, "떠나는회원", "CITIZEN", null);
		MockHttpSession leaving = login(email);
		String question = "떠나기 전 문의 " + System.nanoTime();
		mvc.perform(post("/c/busan/boards/qna/ask").session(leaving).with(csrf()).param("title", question)
			.param("body", "제 연락처는 010-9999-0000입니다").param("privatePost", "true")).andExpect(status().is3xxRedirection());
		String title = "떠나는 회원의 글 " + System.nanoTime();
		mvc.perform(post("/c/gimhae/boards/free/write").session(leaving).with(csrf()).param("title", title)
			.param("body", "안녕히 계세요")).andExpect(status().is3xxRedirection());
		long post = postId(title);
		mvc.perform(post("/c/gimhae/boards/free/" + post + "/comments").session(leaving).with(csrf()).param("body", "마지막 댓글"))
			.andExpect(flash().attribute("notice", "content.notice.commented"));

		tx.executeWithoutResult(s -> events.publishEvent(new AccountDeleted(account)));

		assertThat(jdbc.queryForObject("select count(*) from content_post where title = ?", Long.class, question)).isZero();
		assertThat(jdbc.queryForMap("select author_account_id, author_name from content_post where id = ?", post))
			.containsEntry("author_account_id", null).containsEntry("author_name", "탈퇴한 회원");
		assertThat(page("/c/gimhae/boards/free/" + post, null)).contains("마지막 댓글", "탈퇴한 회원").doesNotContain("떠나는회원");
	}
}
