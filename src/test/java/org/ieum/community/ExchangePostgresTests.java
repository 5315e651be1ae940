package org.ieum.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.community.exchange.Exchange;
import org.ieum.community.exchange.ExchangeCategory;
import org.ieum.community.exchange.ExchangePost;
import org.ieum.community.exchange.ExchangePostRepository;
import org.ieum.community.exchange.ExchangeQueries;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The exchange board on real PostgreSQL: one person reporting a post many times at once reports it once; the pages' queries run. */
@IeumPostgresTest
class ExchangePostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_035L;

	@Autowired
	Exchange exchange;

	@Autowired
	ExchangeQueries queries;

	@Autowired
	ExchangePostRepository posts;

	@Autowired
	JdbcTemplate jdbc;

	private long account(String prefix) {
		String email = "pg-exchange-" + prefix + "-" + System.nanoTime() + "@example.kr";
		jdbc.update("insert into identity_account (email, password_hash, display_name, status, created_at) "
				+ "values (?, 'x', ?, 'ACTIVE', current_timestamp)", email, "교류 " + prefix);
		return jdbc.queryForObject("select id from identity_account where email = ?", Long.class, email);
	}

	private static CurrentUser user(long accountId) {
		return new CurrentUser(accountId, "pg@example.kr", "교류", Set.of(Role.CITIZEN), Set.of());
	}

	private ExchangePost post(long author) {
		if (jdbc.queryForObject("select count(*) from community_exchange_setting where center_id = ?", Integer.class, CENTER) == 0) {
			jdbc.update("insert into community_exchange_setting (center_id, citizens_may_read) values (?, true)", CENTER);
		}
		return posts.save(new ExchangePost(CENTER, 1, "시험 조직", author, ExchangeCategory.SHARING,
				"동시 신고 시험 " + System.nanoTime(), "내용", Instant.now()));
	}

	@Test
	void twentyReportsAtOnceByOnePersonMakeOneReport() throws Exception {
		ExchangePost post = post(account("poster"));
		long reporter = account("reporter");
		int tries = 20;
		ExecutorService pool = Executors.newFixedThreadPool(tries);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < tries; i++) {
			results.add(pool.submit(() -> {
				start.await();
				try {
					exchange.report(CENTER, post.getId(), "광고", user(reporter));
					return "reported";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes).filteredOn("reported"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("community.exchange.error.reportedTwice"::equals).hasSize(tries - 1);
		assertThat(jdbc.queryForObject("select count(*) from community_exchange_report where post_id = ? and reporter_account_id = ?",
				Integer.class, post.getId(), reporter)).isEqualTo(1);
	}

	@Test
	void thePagesQueriesRunOnPostgres() {
		long author = account("q-poster");
		ExchangePost post = post(author);
		long reader = account("q-reader");
		exchange.report(CENTER, post.getId(), "확인 부탁", user(reader));
		assertThat(queries.board(CENTER, ExchangeCategory.SHARING, 0, Optional.of(user(reader))).posts().getContent())
			.extracting(ExchangeQueries.PostCard::id).contains(post.getId());
		assertThat(queries.mine(user(author)).posts()).extracting(ExchangeQueries.MyPost::id).containsExactly(post.getId());
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
		try {
			assertThat(queries.staff(CENTER).reported()).extracting(ExchangeQueries.ReportedPost::id).contains(post.getId());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
