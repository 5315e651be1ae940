package org.ieum.content.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A board list's "N건" and its last page agree with the posts the list shows, for every kind of
 * viewer, when some posts are hidden, private, not yet published or no longer published:
 * the plain list counts from the index alone and must reach the same figure as the list itself.
 * Following "이전 글" and "다음 글" from post to post walks the same list. Run on H2 and on PostgreSQL by the two classes beside this one.
 */
abstract class BoardListCounts {

	static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

	static final long ASKER = 9_100_001L;

	static final long OTHER_ASKER = 9_100_002L;

	@Autowired
	PostListings listings;

	@Autowired
	EntityManager entities;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theCountAndPreviousAndNextAgreeWithTheListEachViewerSees() {
		long center = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		Board board = transactions.execute(status -> {
			Board created = new Board(center, "count-" + System.nanoTime(), BoardKind.QNA, "세는 게시판", null, List.of(), 90, NOW);
			entities.persist(created);
			for (int i = 0; i < 5; i++) {
				post(created, NOW.minus(Duration.ofDays(i + 1)), null);
			}
			post(created, NOW, null); // published this very instant: listed
			post(created, NOW.minus(Duration.ofDays(3)), NOW.plus(Duration.ofHours(1))); // ends later: listed
			post(created, NOW.minus(Duration.ofDays(3)), NOW); // ended this instant: not listed
			post(created, NOW.minus(Duration.ofDays(3)), NOW.minus(Duration.ofHours(1))); // ended
			post(created, NOW.plus(Duration.ofDays(2)), null); // not yet
			post(created, NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(3))); // not yet, with an end
			post(created, NOW.minus(Duration.ofDays(9)), null).hide();
			post(created, NOW.plus(Duration.ofDays(1)), null).hide();
			question(created, ASKER, NOW.minus(Duration.ofDays(1)));
			question(created, ASKER, NOW.minus(Duration.ofDays(2)));
			question(created, ASKER, NOW.minus(Duration.ofDays(4))).hide();
			question(created, OTHER_ASKER, NOW.minus(Duration.ofDays(1)));
			entities.flush();
			return created;
		});
		assertCount(board, false, -1, 7);
		assertCount(board, false, ASKER, 9);
		assertCount(board, false, OTHER_ASKER, 8);
		assertCount(board, false, 9_100_003L, 7);
		assertCount(board, true, 1L, 10);
	}

	@Test
	void theBoardsKeptNumberFollowsEveryWriteOfAPostAndNothingThatRollsBack() {
		long center = jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
		Board board = transactions.execute(status -> {
			Board created = new Board(center, "kept-" + System.nanoTime(), BoardKind.NOTICE, "센 공지", null, List.of(), 91, NOW);
			entities.persist(created);
			for (int i = 0; i < 3; i++) {
				post(created, NOW.minus(Duration.ofDays(i + 1)), null);
			}
			return created;
		});
		assertThat(anonymousCount(board)).isEqualTo(3);
		List<Long> ids = jdbc.queryForList("select id from content_post where board_id = ? order by id", Long.class,
				board.getId());

		transactions.executeWithoutResult(status -> entities.find(Post.class, ids.get(0)).hide());
		assertThat(anonymousCount(board)).as("after hiding one").isEqualTo(2);

		transactions.executeWithoutResult(status -> post(board, NOW.minus(Duration.ofHours(2)), null));
		assertThat(anonymousCount(board)).as("after a new post").isEqualTo(3);

		transactions.executeWithoutResult(status -> entities.remove(entities.find(Post.class, ids.get(1))));
		assertThat(anonymousCount(board)).as("after deleting one").isEqualTo(2);

		transactions.executeWithoutResult(status -> entities.find(Post.class, ids.get(0)).restore());
		assertThat(anonymousCount(board)).as("after showing the hidden one again").isEqualTo(3);

		transactions.executeWithoutResult(status -> {
			post(board, NOW.minus(Duration.ofHours(1)), null);
			entities.flush();
			status.setRollbackOnly();
		});
		assertThat(anonymousCount(board)).as("after a write that rolled back").isEqualTo(3);
		assertThat(jdbc.queryForObject("select listed_posts from content_board where id = ?", Integer.class, board.getId()))
			.isEqualTo(3);
	}

	private long anonymousCount(Board board) {
		PostListings.Filter filter = listings.filter(board, NOW, false, -1, "", "");
		assertThat(listings.page(filter, 0, 100)).as("the list itself").hasSize((int) listings.count(filter));
		return listings.count(filter);
	}

	private void assertCount(Board board, boolean staff, long viewer, int expected) {
		PostListings.Filter filter = listings.filter(board, NOW, staff, viewer, "", "");
		List<PostListings.Line> lines = listings.page(filter, 0, 100);
		assertThat(lines).as("the list itself").hasSize(expected);
		assertThat(listings.count(filter)).as("the count of staff=%s viewer=%s", staff, viewer).isEqualTo(expected);
		// a reader who follows "이전 글" from the newest post, then "다음 글" back, meets the list's posts in order
		List<Long> listed = lines.stream().map(PostListings.Line::id).toList();
		List<Long> down = new ArrayList<>(List.of(listed.get(0)));
		PostListings.Line at = lines.get(0);
		for (Optional<PostListings.Near> older = listings.older(filter, at.publishFrom(), at.id()); older.isPresent();
				older = listings.older(filter, at.publishFrom(), at.id())) {
			long id = older.get().id();
			down.add(id);
			at = lines.stream().filter(line -> line.id() == id).findFirst().orElseThrow();
		}
		assertThat(down).as("older, one after another").isEqualTo(listed);
		List<Long> up = new ArrayList<>(List.of(at.id()));
		for (Optional<PostListings.Near> newer = listings.newer(filter, at.publishFrom(), at.id()); newer.isPresent();
				newer = listings.newer(filter, at.publishFrom(), at.id())) {
			long id = newer.get().id();
			up.add(0, id);
			at = lines.stream().filter(line -> line.id() == id).findFirst().orElseThrow();
		}
		assertThat(up).as("newer, one after another").isEqualTo(listed);
	}

	private Post post(Board board, Instant from, Instant until) {
		Post post = new Post(board, new PostContent("글 " + from, RichText.plain("본문"), null, false, from, until, null, null), null,
				from);
		entities.persist(post);
		return post;
	}

	private Post question(Board board, long asker, Instant at) {
		Post post = Post.question(board, "문의 " + at, RichText.plain("문의합니다"), asker, true, "문의자", at);
		entities.persist(post);
		return post;
	}
}
