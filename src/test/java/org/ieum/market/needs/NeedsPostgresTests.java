package org.ieum.market.needs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Buyer needs on real PostgreSQL: two staff members publishing one need at the same moment tell each matching
 * organization once, two managers responding for one organization at the same moment leave one response, and the
 * matching and the pages' queries run on PostgreSQL.
 */
@IeumPostgresTest
class NeedsPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_641L;

	@Autowired
	Needs needs;

	@Autowired
	NeedAnnouncements announcements;

	@Autowired
	NeedResponses responses;

	@Autowired
	NeedQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private void asStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
	}

	/** An organization of the center with a product in the category, managed by the account; returns its id. */
	private long seller(String name, long category, long manager) {
		String number = String.valueOf(8_000_000_000L + System.nanoTime() % 1_000_000_000L);
		jdbc.update("insert into enterprises_organization (name, business_number_raw, business_number, sido, status,"
				+ " created_at, updated_at) values (?, ?, ?, '부산광역시', 'ACTIVE', current_timestamp, current_timestamp)",
				name, number, number);
		long id = jdbc.queryForObject("select max(id) from enterprises_organization where name = ?", Long.class, name);
		jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", id, CENTER);
		jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
				id, manager);
		long product = 880_641_000_000L + System.nanoTime() % 1_000_000L;
		jdbc.update("insert into market_listing (product_id, organization_id, name, price_range, organization_name,"
				+ " refreshed_at) values (?, ?, '시험 간식', 'QUOTE', ?, current_timestamp)", product, id, name);
		jdbc.update("insert into market_listing_center (product_id, center_id) values (?, ?)", product, CENTER);
		jdbc.update("insert into market_listing_category_path (product_id, category_id) values (?, ?)", product, category);
		return id;
	}

	private long need(String title, long category) {
		String buyer = "동시 시험 구매처 " + System.nanoTime();
		jdbc.update("insert into market_buyer (center_id, name, kind, sido) values (?, ?, 'LOCAL_GOVERNMENT', '부산광역시')",
				CENTER, buyer);
		long buyerId = jdbc.queryForObject("select id from market_buyer where name = ?", Long.class, buyer);
		asStaff();
		try {
			return needs.post(CENTER, new Needs.Terms(buyerId, category, title, "시험", "100개", null,
					today.plusDays(3), "부산", true), null);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private long category() {
		String name = "동시 시험 분류 " + System.nanoTime() % 1_000_000;
		jdbc.update("insert into market_category (parent_id, name, position) values (null, ?, 900)", name);
		return jdbc.queryForObject("select id from market_category where name = ?", Long.class, name);
	}

	private List<String> atOnce(List<Callable<Void>> actions, boolean staff) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(actions.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (Callable<Void> action : actions) {
			results.add(pool.submit(() -> {
				if (staff) {
					asStaff();
				}
				try {
					start.await();
					action.call();
					return "done";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();
		return outcomes;
	}

	@Test
	void twoPublishesAtOnceTellEachMatchingOrganizationOnce() throws Exception {
		long category = category();
		long manager = 880_641_001L;
		long seller = seller("동시 알림 조직 " + System.nanoTime(), category, manager);
		long need = need("동시 알림 수요 " + System.nanoTime(), category);
		List<Callable<Void>> actions = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			actions.add(() -> {
				announcements.publish(need);
				return null;
			});
		}
		assertThat(atOnce(actions, true)).containsOnly("done");
		assertThat(jdbc.queryForObject("select count(*) from market_need_notice where need_id = ? and organization_id = ?",
				Integer.class, need, seller)).isOne();
		assertThat(jdbc.queryForObject("select count(*) from notification_message where kind = 'MARKET_NEED_MATCHED'"
				+ " and account_id = ?", Integer.class, manager)).isOne();
		asStaff();
		try {
			assertThat(queries.forStaff(CENTER, need).matches()).singleElement()
				.satisfies(m -> assertThat(m.notifiedAt()).isNotNull());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void twoResponsesForOneOrganizationAtOnceLeaveOne() throws Exception {
		long category = category();
		long first = 880_641_002L;
		long seller = seller("동시 응답 조직 " + System.nanoTime(), category, first);
		long second = 880_641_003L;
		jdbc.update("insert into enterprises_manager (organization_id, account_id, since) values (?, ?, current_timestamp)",
				seller, second);
		long need = need("동시 응답 수요 " + System.nanoTime(), category);
		List<Callable<Void>> actions = new ArrayList<>();
		for (long account : new long[] { first, second, first, second }) {
			actions.add(() -> {
				responses.respond(need, seller, new NeedResponses.Offer("10,000", "100개", null, null, null), account);
				return null;
			});
		}
		List<String> outcomes = atOnce(actions, false);
		assertThat(outcomes).filteredOn("done"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("market.needs.error.respondedTwice"::equals).hasSize(3);
		assertThat(jdbc.queryForObject("select count(*) from market_need_response where need_id = ?", Integer.class, need))
			.isOne();
		assertThat(queries.mine(first).responses()).singleElement()
			.satisfies(r -> assertThat(r.need().id()).isEqualTo(need));
	}
}
