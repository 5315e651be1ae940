package org.ieum.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostListings;
import org.ieum.content.board.PostPages;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.content.board.ViewCounter;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The content schema and its main queries on real PostgreSQL: a board's list with shared
 * posts, search (LIKE with the user's % and _ taken literally), private questions, previous
 * and next, the network's newest posts and the sitemap, batched view counts, the database's
 * own guards, and reading a private question as staff writing the access log.
 */
@IeumPostgresTest
class ContentPostgresTests {

	/** Center ids no other test uses (this module's range). */
	private static final long METRO = 881_701L;
	private static final long DISTRICT = 881_702L;

	@Autowired
	BoardRepository boards;

	@Autowired
	PostRepository posts;

	@Autowired
	PostPages pages;

	@Autowired
	PostListings listings;

	@Autowired
	ViewCounter views;

	@Autowired
	JdbcTemplate jdbc;

	private final Instant now = Instant.now();

	private Board board(long centerId, BoardKind kind) {
		return boards.save(new Board(centerId, "pg-" + kind.name().toLowerCase() + "-" + System.nanoTime() % 1_000_000, kind,
				"게시판", null, List.of("사업"), 1, now));
	}

	private Post post(Board board, String title, String body, Instant from) {
		return posts.save(new Post(board, new PostContent(title, RichText.of(body), null, false, from, null, null, null),
				null, from));
	}

	private PostListings.Filter anonymous(Board board, String query) {
		return listings.filter(board, now, false, -1, query, "");
	}

	private List<PostListings.Line> listed(Board board, String query) {
		return listings.page(anonymous(board, query), 0, 50);
	}

	@Test
	void aDistrictBoardListsItsOwnAndSharedPostsAndSearchTakesWildcardsLiterally() {
		Board metro = board(METRO, BoardKind.NOTICE);
		Board district = board(DISTRICT, BoardKind.NOTICE);
		Post own = post(district, "구 센터 공지", "<p>100% 참여</p>", now.minus(Duration.ofDays(2)));
		Post shared = post(metro, "광역 공동 공지", "<p>함께 알립니다</p>", now.minus(Duration.ofDays(1)));
		shared.shareWith(Set.of(DISTRICT), BoardKind.NOTICE);
		posts.save(shared);
		post(metro, "광역만의 공지", "본문", now.minus(Duration.ofDays(1)));
		post(district, "예약된 공지", "본문", now.plus(Duration.ofDays(1)));

		assertThat(listed(district, "")).extracting(PostListings.Line::title).containsExactly("광역 공동 공지", "구 센터 공지");
		assertThat(listings.count(anonymous(district, ""))).isEqualTo(2);
		assertThat(listed(district, "100%")).extracting(PostListings.Line::id).containsExactly(own.getId());
		assertThat(listed(district, "0%")).extracting(PostListings.Line::id).containsExactly(own.getId());
		assertThat(listed(district, "_")).isEmpty();
		assertThat(listed(district, "함께")).extracting(PostListings.Line::id).containsExactly(shared.getId());
		assertThat(listings.older(anonymous(district, ""), shared.getPublishFrom(), shared.getId()))
			.map(PostListings.Near::id).contains(own.getId());
		assertThat(listings.newer(anonymous(district, ""), own.getPublishFrom(), own.getId()))
			.map(PostListings.Near::id).contains(shared.getId());
		// the metro center's own board: its posts only, newest first, pinned ones above
		Instant monthAgo = now.minus(Duration.ofDays(30));
		Post pinned = posts.save(new Post(metro, new PostContent("광역 고정 공지", RichText.of("본문"), null, true, monthAgo, null,
				null, null), null, monthAgo));
		assertThat(listed(metro, "")).extracting(PostListings.Line::title)
			.containsExactly("광역 고정 공지", "광역만의 공지", "광역 공동 공지");
		assertThat(listings.older(anonymous(metro, ""), pinned.getPublishFrom(), pinned.getId())).isEmpty();
		assertThat(listings.newer(anonymous(metro, ""), pinned.getPublishFrom(), pinned.getId()))
			.map(PostListings.Near::title).contains("광역 공동 공지");
	}

	@Test
	void privateQuestionsAreListedOnlyForTheAskerAndStaffAndLeftOutOfTheSitemapAndNews() {
		Board qna = board(DISTRICT, BoardKind.QNA);
		Post question = posts.save(Post.question(qna, "비공개 문의", RichText.plain("내용"), 881_790L, true, "김**", now));
		assertThat(listings.page(listings.filter(qna, now, false, 881_791L, "", ""), 0, 10)).isEmpty();
		assertThat(listings.page(listings.filter(qna, now, false, 881_790L, "", ""), 0, 10))
			.extracting(PostListings.Line::id).containsExactly(question.getId());
		assertThat(listings.page(listings.filter(qna, now, true, -1, "", ""), 0, 10)).hasSize(1);
		assertThat(listings.page(anonymous(qna, ""), 0, 10)).isEmpty();
		assertThat(posts.sitemap(BoardKind.QNA, now.plusSeconds(1), PageRequest.of(0, 100_000))).extracting(Post::getId)
			.doesNotContain(question.getId());
		assertThat(posts.newestPublic(List.of(BoardKind.values()), now.plusSeconds(1), PageRequest.of(0, 1000)))
			.extracting(Post::getId).doesNotContain(question.getId());
	}

	@Test
	void staffReadingSomeonesPrivateQuestionWritesTheAccessLogInTheSameTransaction() {
		Board qna = boards.save(new Board(Board.NETWORK, "pg-qna-" + System.nanoTime() % 1_000_000, BoardKind.QNA, "문의",
				null, List.of(), 1, now));
		Post question = posts.save(Post.question(qna, "네트워크 문의", RichText.plain("개인 사정"), 881_792L, true, "이**",
				now.minusSeconds(60)));
		long before = jdbc.queryForObject("select count(*) from identity_personal_data_access where subject_account_id = 881792",
				Long.class);
		CurrentUser admin = new CurrentUser(881_799L, "admin@example.kr", "관리자", Set.of(Role.SYSTEM_ADMIN), Set.of());
		assertThat(pages.post(null, qna.getSlug(), question.getId(), admin).post().bodyHtml()).contains("개인 사정");
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access where subject_account_id = 881792",
				Long.class)).isEqualTo(before + 1);
		CurrentUser stranger = new CurrentUser(881_798L, "x@example.kr", "남", Set.of(Role.CITIZEN), Set.of());
		assertThatThrownBy(() -> pages.post(null, qna.getSlug(), question.getId(), stranger))
			.isInstanceOf(Refusal.class).hasMessage("content.error.private");
	}

	@Test
	void viewsWaitingInMemoryAreAddedInOneFlush() {
		Post post = post(board(METRO, BoardKind.PRESS), "조회 시험", "본문", now.minusSeconds(5));
		views.flush();
		for (int i = 0; i < 5; i++) {
			views.viewed(post.getId());
		}
		assertThat(jdbc.queryForObject("select view_count from content_post where id = ?", Long.class, post.getId())).isZero();
		views.flush();
		assertThat(jdbc.queryForObject("select view_count from content_post where id = ?", Long.class, post.getId())).isEqualTo(5);
	}

	@Test
	void theDatabaseRefusesAPeriodThatEndsBeforeItStartsAndASecondBoardWithTheSameAddress() {
		Board board = board(METRO, BoardKind.NOTICE);
		assertThatThrownBy(() -> posts.saveAndFlush(new Post(board, new PostContent("기간 오류", RichText.of("x"), null, false, now,
				now.minusSeconds(1), null, null), null, now))).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> boards.saveAndFlush(new Board(METRO, board.getSlug(), BoardKind.PRESS, "중복", null, List.of(), 2,
				now))).isInstanceOf(DataIntegrityViolationException.class);
	}
}
