package org.ieum.stats.cohorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Cohorts on real PostgreSQL: the progress and the public figure equal the records; two equal cohorts at once leave one. */
@IeumPostgresTest
class CohortsPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_191L;
	private static final long RACE_CENTER = 880_192L;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Cohorts cohorts;

	@Autowired
	CohortFigures figures;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private SecurityContext admin() {
		AccountPrincipal principal = AccountPrincipal.of(accounts.findByEmail("admin@ieum.example").orElseThrow());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		return context;
	}

	private long organization(String name, int n) {
		return tx.execute(s -> {
			String nine = String.format("8%02d9%05d", n % 100, 191 + n);
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			return organizations.save(new Organization(number.formatted(), number, Set.of(CENTER),
					new OrganizationProfile(name, null, null, "부산광역시", "사상구", null, null, null, null, null, null, null, null,
							null, null, null),
					Instant.now())).getId();
		});
	}

	private void moved(long organization, String stage, LocalDate on) {
		jdbc.update("insert into enterprises_stage_move (organization_id, stage, moved_on, backwards, recorded_at)"
				+ " values (?, ?, ?, false, current_timestamp)", organization, stage, on);
	}

	@Test
	void theProgressAndThePublicFigureEqualTheStageHistoryAndDesignations() {
		SecurityContextHolder.setContext(admin());
		LocalDate today = LocalDate.now(Seoul.ZONE);
		LocalDate start = today.minusYears(2).minusDays(100);
		long a = organization("코호트 PG 가", 1);
		moved(a, "FOUNDED", start.plusDays(100));
		moved(a, "CERTIFIED", start.plusYears(1).plusDays(50));
		long b = organization("코호트 PG 나", 2);
		jdbc.update("insert into enterprises_designation (organization_id, type, status, designated_on, source, created_at)"
				+ " values (?, 'VILLAGE_ENTERPRISE', 'ACTIVE', ?, 'MANUAL', current_timestamp)", b, start.minusDays(5));
		long c = organization("코호트 PG 다", 3);
		moved(c, "PREPARING_FOUNDING", start.plusDays(3));
		long cohort = cohorts.byHand(CENTER, "코호트 PG 2024 아카데미", start);
		for (long id : List.of(a, b, c)) {
			cohorts.addMember(cohort, id);
		}

		CohortProgress progress = cohorts.page(cohort).progress();
		assertThat(progress.members()).isEqualTo(3);
		assertThat(progress.row(Milestone.FOUNDED).atStart()).isEqualTo(1);
		assertThat(progress.row(Milestone.FOUNDED).withinYears()).containsExactly(2L, 2L, 2L);
		assertThat(progress.row(Milestone.DESIGNATED).withinYears()).containsExactly(1L, 2L, 2L);
		assertThat(progress.row(Milestone.CERTIFIED).withinYears()).containsExactly(0L, 1L, 1L);
		// the third year has not ended: it says so
		assertThat(progress.yearsEnded()).containsExactly(true, true, false);
		// the same as counting the records straight in the database
		assertThat(progress.row(Milestone.CERTIFIED).withinYears().get(1)).isEqualTo(jdbc.queryForObject("""
				select count(distinct m.organization_id) from enterprises_stage_move m
				join stats_cohort_member k on k.organization_id = m.organization_id
				where k.cohort_id = ? and m.stage in ('CERTIFIED', 'GROWING', 'LEADING') and m.moved_on <= ?""", Long.class,
				cohort, start.plusYears(2)));

		List<FigureTable> tables = figures.publicFigures(new FigureScope(Set.of(CENTER), today));
		assertThat(tables).singleElement().extracting(FigureTable::id).isEqualTo("cohort-progress");
		List<FigureRow> rows = tables.get(0).rows();
		assertThat(rows).extracting(FigureRow::labelKey).contains("cohorts.public.members", "cohorts.public.CERTIFIED",
				"cohorts.public.CERTIFIED.open");
		assertThat(rows).filteredOn(r -> r.labelKey().startsWith("cohorts.public.DESIGNATED"))
			.extracting(FigureRow::value).containsExactly(1L, 2L, 2L);
		// counts only: no row names an organization
		assertThat(rows).flatExtracting(FigureRow::labelArgs).doesNotContain("코호트 PG 가", "코호트 PG 나", "코호트 PG 다");
	}

	@Test
	void twoStaffCreatingTheSameCohortAtOnceLeaveOne() throws Exception {
		SecurityContext admin = admin();
		LocalDate start = LocalDate.now(Seoul.ZONE).minusYears(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<String>> attempts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			attempts.add(pool.submit(() -> {
				SecurityContextHolder.setContext(admin);
				go.await();
				try {
					cohorts.byHand(RACE_CENTER, "코호트 PG 동시", start);
					return "created";
				}
				catch (Refusal | DataIntegrityViolationException refused) {
					return "refused";
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		go.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> attempt : attempts) {
			outcomes.add(attempt.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsExactlyInAnyOrder("created", "refused");
		assertThat(jdbc.queryForObject("select count(*) from stats_cohort where center_id = ?", Long.class, RACE_CENTER))
			.isEqualTo(1);
	}
}
