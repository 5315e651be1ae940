package org.ieum.enterprises.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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

/** Readiness on real PostgreSQL: two staff starting the same checklist at once leave one; the share met is counted. */
@IeumPostgresTest
class ReadinessPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_164L;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	AccountRepository accounts;

	@Autowired
	Readiness readiness;

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

	@Test
	void twoStaffStartingTheSameChecklistAtOnceLeaveOneAndTheShareMetIsCounted() throws Exception {
		long id = tx.execute(s -> {
			String nine = "288816" + "401";
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			return organizations.save(new Organization(number.formatted(), number, Set.of(CENTER),
					new OrganizationProfile("포스트그레스 인증 준비", null, null, "부산광역시", "사상구", null, null, null, null, null,
							null, null, null, null, null, null),
					Instant.now())).getId();
		});
		SecurityContext admin = signedIn("admin@ieum.example");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> attempts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			attempts.add(pool.submit(() -> {
				SecurityContextHolder.setContext(admin);
				start.await();
				try {
					readiness.start(id, Track.COOPERATIVE);
					return "started";
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
		assertThat(outcomes).containsOnlyOnce("started");
		assertThat(outcomes).filteredOn(o -> !o.equals("started")).singleElement().isIn("raced", "readiness.error.started");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_readiness_item where organization_id = ?",
				Integer.class, id)).isEqualTo(5);

		SecurityContextHolder.setContext(admin);
		readiness.review(id, Requirement.CO_FOUNDERS, new Readiness.Review(ItemState.MET, 7L, null, null, null, null, null, null));
		readiness.review(id, Requirement.CO_FOUNDING_MEETING,
				new Readiness.Review(ItemState.MET, null, java.time.LocalDate.of(2026, 3, 2), null, null, null, null, null));
		ReadinessView.Checklist checklist = readiness.of(id).checklists().get(0);
		assertThat(checklist.met()).isEqualTo(2);
		assertThat(checklist.percent()).isEqualTo(40);
	}
}
