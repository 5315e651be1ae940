package org.ieum.enterprises.stages;

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
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The pipeline on real PostgreSQL: the board's counts and waiting list equal the records; two moves at once leave one. */
@IeumPostgresTest
class StagesPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_161L;
	private static final long OTHER_CENTER = 880_162L;
	private static final long RACE_CENTER = 880_163L;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Stages stages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private SecurityContext signedIn(String email) {
		AccountPrincipal principal = AccountPrincipal.of(accounts.findByEmail(email).orElseThrow());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		return context;
	}

	private long organization(String name, Set<Long> centers, int n) {
		return tx.execute(s -> {
			String nine = String.format("7%02d7%05d", n % 100, 161 + n);
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			return organizations.save(new Organization(number.formatted(), number, centers,
					new OrganizationProfile(name, null, null, "부산광역시", "사상구", null, null, null, null, null, null, null, null,
							null, null, null),
					Instant.now())).getId();
		});
	}

	@Test
	void theBoardCountsEachCentersOrganizationsPerStageAndListsTheLongestWaitingFirst() {
		SecurityContextHolder.setContext(signedIn("admin@ieum.example"));
		LocalDate today = LocalDate.now(Seoul.ZONE);
		long a = organization("파이프라인 가", Set.of(CENTER), 1);
		long b = organization("파이프라인 나", Set.of(CENTER, OTHER_CENTER), 2);
		long c = organization("파이프라인 다", Set.of(CENTER), 3);
		long d = organization("파이프라인 라", Set.of(CENTER), 4);
		long elsewhere = organization("파이프라인 다른 센터", Set.of(OTHER_CENTER), 5);
		organization("파이프라인 미지정", Set.of(CENTER), 6);
		stages.move(a, null, Stage.FOUNDED, today.minusDays(400), null);
		stages.move(b, null, Stage.FOUNDED, today.minusDays(30), null);
		stages.move(c, null, Stage.DESIGNATED, today.minusDays(800), null);
		stages.move(c, Stage.DESIGNATED, Stage.PREPARING_CERTIFICATION, today.minusDays(100), null);
		stages.move(d, null, Stage.LEADING, today.minusDays(2000), null);
		stages.move(elsewhere, null, Stage.FOUNDED, today.minusDays(3000), null);

		PipelineBoard board = stages.board(CENTER);
		assertThat(board.columns()).extracting(PipelineBoard.Column::stage).containsExactly(Stage.values());
		for (PipelineBoard.Column column : board.columns()) {
			assertThat(column.count()).as(column.stage().name()).isEqualTo((long) jdbc.queryForObject("""
					select count(*) from enterprises_organization_stage s
					where s.stage = ? and exists (select 1 from enterprises_organization_center c
					  where c.organization_id = s.organization_id and c.center_id = ?)""", Long.class, column.stage().name(),
					CENTER));
		}
		PipelineBoard.Column founded = board.columns().get(Stage.FOUNDED.ordinal());
		assertThat(founded.count()).isEqualTo(2);
		assertThat(founded.longest().name()).isEqualTo("파이프라인 가");
		assertThat(founded.longest().days()).isEqualTo(400);
		assertThat(board.unplaced()).isEqualTo(1);
		// leading enterprises wait for nothing: they are counted, not listed as stuck
		assertThat(board.longest()).extracting(PipelineBoard.Waiting::name)
			.containsExactly("파이프라인 가", "파이프라인 다", "파이프라인 나");
		assertThat(board.columns().get(Stage.LEADING.ordinal()).count()).isEqualTo(1);
		assertThat(stages.board(OTHER_CENTER).longest()).extracting(PipelineBoard.Waiting::name)
			.containsExactly("파이프라인 다른 센터", "파이프라인 나");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_stage_move where organization_id = ?", Integer.class,
				c)).isEqualTo(2);
	}

	@Test
	void twoStaffMovingTheSameOrganizationAtOnceLeaveOneMove() throws Exception {
		SecurityContext admin = signedIn("admin@ieum.example");
		SecurityContextHolder.setContext(admin);
		LocalDate today = LocalDate.now(Seoul.ZONE);
		long id = organization("파이프라인 동시 이동", Set.of(RACE_CENTER), 7);
		stages.move(id, null, Stage.FOUNDED, today.minusDays(10), null);
		SecurityContextHolder.clearContext();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> attempts = new ArrayList<>();
		for (Stage next : List.of(Stage.PREPARING_DESIGNATION, Stage.DESIGNATED)) {
			attempts.add(pool.submit(() -> {
				SecurityContextHolder.setContext(admin);
				start.await();
				try {
					stages.move(id, Stage.FOUNDED, next, today, null);
					return "moved";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
				catch (ConcurrencyFailureException | DataIntegrityViolationException raced) {
					return "raced";
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> attempt : attempts) {
			outcomes.add(attempt.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce("moved");
		assertThat(outcomes).filteredOn(o -> !o.equals("moved")).singleElement()
			.isIn("raced", "stages.error.movedMeanwhile");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_stage_move where organization_id = ?", Integer.class,
				id)).isEqualTo(2);
	}
}
