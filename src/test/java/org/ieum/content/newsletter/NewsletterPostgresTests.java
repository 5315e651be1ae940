package org.ieum.content.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.ieum.content.board.Board;
import org.ieum.content.board.BoardKind;
import org.ieum.content.board.BoardRepository;
import org.ieum.content.board.Post;
import org.ieum.content.board.PostContent;
import org.ieum.content.board.PostRepository;
import org.ieum.content.board.RichText;
import org.ieum.identity.CurrentUser;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The newsletter's tables and queries on real PostgreSQL: choosing posts, sending under a lock, tallies, clean-up. */
@IeumPostgresTest
class NewsletterPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 881_790L;

	@Autowired
	BoardRepository boards;

	@Autowired
	PostRepository posts;

	@Autowired
	Newsletters newsletters;

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void subscriber(String email, boolean confirmed, Instant mailed) {
		jdbc.update("""
				insert into content_newsletter_subscriber (center_id, email, confirmed, confirm_hash, confirm_sent_at,
				  unsubscribe_token, consent_version, created_at)
				values (?, ?, ?, ?, ?, ?, '2026-12', ?)""", CENTER, email, confirmed,
				Subscriptions.sha256(Subscriptions.secret()), mailed.atOffset(ZoneOffset.UTC), Subscriptions.secret(),
				OffsetDateTime.now(ZoneOffset.UTC));
	}

	@Test
	void anIssuePointsToPublicPostsIsQueuedOnceAndExpiredRequestsAreForgotten() {
		Instant now = Instant.now();
		Board board = boards.save(new Board(CENTER, "pg-news-" + System.nanoTime() % 1_000_000, BoardKind.NOTICE, "공지",
				null, List.of(), 1, now));
		Post post = posts.save(new Post(board, new PostContent("송년 모임 안내", RichText.of("<p>모입니다</p>"), null, false,
				now.minus(Duration.ofHours(1)), null, null, null), null, now));
		for (int i = 0; i < 3; i++) {
			subscriber("pg-reader-" + i + "@example.kr", true, now);
		}
		subscriber("pg-late@example.kr", false, now.minus(Duration.ofDays(8)));
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("staff", null,
				AuthorityUtils.createAuthorityList(Authorities.CENTER_STAFF, Authorities.centerScope(CENTER))));

		assertThat(newsletters.recentPosts(CENTER)).extracting(Newsletters.PostLink::id).containsExactly(post.getId());
		Issue issue = newsletters.compose(CENTER, "연말 소식", "고맙습니다", List.of(post.getId()),
				new CurrentUser(1, "staff@example.kr", "담당", Set.of(), Set.of(CENTER)));
		assertThat(newsletters.send(issue.getId())).isEqualTo(new Newsletters.SendReport(3, 1));
		Newsletters.IssueView sent = newsletters.issue(issue.getId());
		assertThat(sent.tally().waiting()).isEqualTo(3);
		assertThat(sent.posts()).extracting(Newsletters.PostLink::title).containsExactly("송년 모임 안내");
		assertThatThrownBy(() -> newsletters.send(issue.getId())).isInstanceOf(Refusal.class);
		assertThat(newsletters.subscribers(CENTER, 0).confirmed()).isEqualTo(3);

		subscriptions.forgetExpired();
		assertThat(jdbc.queryForObject("select count(*) from content_newsletter_subscriber where center_id = ? and confirmed = false",
				Integer.class, CENTER)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from content_newsletter_expired_link where center_id = ?",
				Integer.class, CENTER)).isOne();
	}
}
