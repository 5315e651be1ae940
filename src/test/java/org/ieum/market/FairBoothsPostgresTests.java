package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.market.fairs.FairFigures;
import org.ieum.market.fairs.FairQueries;
import org.ieum.market.fairs.Fairs;
import org.ieum.shared.Authorities;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Booth numbers on real PostgreSQL under concurrent assignment: ten staff members giving one booth to ten
 * organizations at the same moment, and ten giving one organization ten booths at the same moment, each end with
 * exactly one booth given; and the pages' and figures' queries run on PostgreSQL.
 */
@IeumPostgresTest
class FairBoothsPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_230L;

	private static final int TRIES = 10;

	@Autowired
	Fairs fairs;

	@Autowired
	FairQueries queries;

	@Autowired
	FairFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private long fair(String title) {
		jdbc.update("insert into market_fair (center_id, title, fair_date, opens_at, closes_at, place, booths, fee_won,"
				+ " apply_from, apply_until, created_at) values (?, ?, ?, time '10:00', time '17:00', '광장', 20, 0, ?, ?,"
				+ " current_timestamp)", CENTER, title, today.minusDays(1), today.minusDays(30), today.minusDays(2));
		return jdbc.queryForObject("select id from market_fair where title = ?", Long.class, title);
	}

	private long application(long fair, long organization) {
		jdbc.update("insert into market_fair_application (fair_id, organization_id, organization_name, applied_at, status)"
				+ " values (?, ?, ?, current_timestamp, 'APPLIED')", fair, organization, "조직 " + organization);
		return jdbc.queryForObject("select id from market_fair_application where fair_id = ? and organization_id = ?",
				Long.class, fair, organization);
	}

	private List<String> atOnce(List<Callable<Void>> actions) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(actions.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (Callable<Void> action : actions) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
						Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
				try {
					start.await();
					action.call();
					return "assigned";
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
	void oneBoothGivenToTenOrganizationsAtOnceGoesToExactlyOne() throws Exception {
		long fair = fair("동시 배정 장터 " + System.nanoTime());
		List<Callable<Void>> actions = new ArrayList<>();
		for (int i = 0; i < TRIES; i++) {
			long application = application(fair, 9_100_000L + i);
			actions.add(() -> {
				fairs.assign(application, 7);
				return null;
			});
		}
		List<String> outcomes = atOnce(actions);
		assertThat(outcomes).filteredOn("assigned"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("market.fairs.error.boothTaken"::equals).hasSize(TRIES - 1);
		assertThat(jdbc.queryForObject("select count(*) from market_fair_application where fair_id = ?"
				+ " and booth_number is not null", Integer.class, fair)).isOne();
	}

	@Test
	void oneOrganizationGivenTenBoothsAtOnceGetsExactlyOne() throws Exception {
		long fair = fair("한 조직 동시 배정 장터 " + System.nanoTime());
		long application = application(fair, 9_200_000L);
		List<Callable<Void>> actions = new ArrayList<>();
		for (int i = 0; i < TRIES; i++) {
			int booth = i + 1;
			actions.add(() -> {
				fairs.assign(application, booth);
				return null;
			});
		}
		List<String> outcomes = atOnce(actions);
		assertThat(outcomes).filteredOn("assigned"::equals).hasSize(1);
		assertThat(outcomes).filteredOn(o -> !o.equals("assigned"))
			.allMatch(o -> o.equals("market.fairs.error.changedMeanwhile") || o.equals("market.fairs.error.hasBooth"));
		assertThat(jdbc.queryForObject("select count(*) from market_fair_application where fair_id = ?"
				+ " and booth_number is not null", Integer.class, fair)).isOne();
	}

	@Test
	void thePagesAndFiguresQueriesRunOnPostgres() {
		long fair = fair("집계 장터 " + System.nanoTime());
		long a = application(fair, 9_300_000L);
		long b = application(fair, 9_300_001L);
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
		try {
			fairs.assign(a, 1);
			fairs.assign(b, 2);
			fairs.recordSales(a, "150,000", null);
			fairs.recordSales(b, "0", null);
			assertThat(queries.forStaff(CENTER, fair).salesWon()).isEqualTo(150_000L);
			assertThat(queries.ofCenter(CENTER)).anySatisfy(l -> assertThat(l.assigned()).isEqualTo(2));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(queries.shownIn(Set.of(CENTER), fair).booths()).extracting(FairQueries.BoothRow::boothNumber)
			.containsExactly(1, 2);
		long sales = jdbc.queryForObject("select sum(a.sales_won) from market_fair_application a join market_fair f"
				+ " on f.id = a.fair_id where f.center_id = ? and f.fair_date between ? and ?", Long.class, CENTER,
				LocalDate.of(today.minusDays(1).getYear(), 1, 1), LocalDate.of(today.minusDays(1).getYear(), 12, 31));
		assertThat(figures.figures(new FigureScope(Set.of(CENTER), today.minusDays(1))))
			.singleElement().satisfies(t -> assertThat(t.headline().value()).isEqualTo(sales));
	}
}
