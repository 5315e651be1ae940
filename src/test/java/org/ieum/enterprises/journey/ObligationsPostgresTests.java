package org.ieum.enterprises.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.records.Designation;
import org.ieum.enterprises.records.DesignationRepository;
import org.ieum.enterprises.records.DesignationTerms;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.records.OrganizationManager;
import org.ieum.enterprises.records.OrganizationManagerRepository;
import org.ieum.enterprises.records.OrganizationProfile;
import org.ieum.enterprises.records.OrganizationRepository;
import org.ieum.identity.accounts.AccountPrincipal;
import org.ieum.identity.accounts.AccountRepository;
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

/** Obligations on real PostgreSQL: the queries, reminders once each however often and however many at once, one closing. */
@IeumPostgresTest
class ObligationsPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_160L;

	private static final AtomicInteger NEXT = new AtomicInteger(1);

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrganizationRepository organizations;

	@Autowired
	DesignationRepository designations;

	@Autowired
	OrganizationManagerRepository managers;

	@Autowired
	AccountRepository accounts;

	@Autowired
	ObligationReminders reminders;

	@Autowired
	Obligations obligations;

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

	private long organization(String name, DesignationTerms terms) {
		return tx.execute(s -> {
			String nine = String.format("6%02d6%05d", NEXT.get() % 100, 160 + NEXT.getAndIncrement());
			BusinessNumber number = new BusinessNumber(nine + BusinessNumber.checkDigitOf(nine));
			Organization o = organizations.save(new Organization(number.formatted(), number, Set.of(CENTER),
					new OrganizationProfile(name, null, null, "부산광역시", "사상구", null, null, null, null, null, null, null, null,
							null, null, null),
					Instant.now()));
			designations.save(new Designation(o.getId(), terms, Designation.MANUAL, Instant.now()));
			long member = accounts.findByEmail("member@ieum.example").orElseThrow().getId();
			managers.save(new OrganizationManager(o.getId(), member, Instant.now()));
			return o.getId();
		});
	}

	private int mails(String name) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, "member@ieum.example", "%" + name + "%");
	}

	private static DesignationTerms preSocial(LocalDate until) {
		return new DesignationTerms(DesignationType.PRE_SOCIAL_MINISTRY, null, "고용노동부", "고용노동부", null, null,
				until.minusYears(3), until, DesignationStatus.ACTIVE);
	}

	@Test
	void remindersGoOutOnceEachHoweverOftenTheJobRuns() {
		LocalDate due = LocalDate.of(2032, 8, 19);
		organization("포스트그레스 안내 예비사회적기업", preSocial(due));
		for (int run = 0; run < 3; run++) {
			reminders.sendAsOf(due.minusDays(30));
		}
		reminders.sendAsOf(due.minusDays(8));
		assertThat(mails("포스트그레스 안내 예비사회적기업")).isEqualTo(1);
		reminders.sendAsOf(due.minusDays(7));
		reminders.sendAsOf(due.minusDays(1));
		reminders.sendAsOf(due);
		assertThat(mails("포스트그레스 안내 예비사회적기업")).isEqualTo(2);
	}

	@Test
	void fourJobRunsAtOnceQueueEachReminderOnce() throws Exception {
		LocalDate due = LocalDate.of(2033, 8, 18);
		organization("포스트그레스 동시 안내", preSocial(due));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				return reminders.sendAsOf(due.minusDays(29));
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get();
		}
		pool.shutdown();
		assertThat(mails("포스트그레스 동시 안내")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from enterprises_obligation_reminder where obligation_key like ?",
				Integer.class, "%-DESIGNATION_EXPIRY-" + due)).isEqualTo(1);
	}

	@Test
	void twoStaffClosingTheSameObligationAtOnceLeaveOneClosure() throws Exception {
		LocalDate today = LocalDate.now(org.ieum.shared.Seoul.ZONE);
		long id = organization("포스트그레스 동시 완료", preSocial(today.plusDays(10)));
		String key = "d" + jdbc.queryForObject("select id from enterprises_designation where organization_id = ?", Long.class, id)
				+ "-DESIGNATION_EXPIRY-" + today.plusDays(10);
		SecurityContext admin = signedIn("admin@ieum.example");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> attempts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			int n = i;
			Callable<String> close = () -> {
				SecurityContextHolder.setContext(admin);
				start.await();
				try {
					obligations.close(id, key, "동시 기록 " + n, null, null);
					return "closed";
				}
				catch (Refusal refused) {
					return refused.messageKey();
				}
				catch (DataIntegrityViolationException raced) {
					return "raced";
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			};
			attempts.add(pool.submit(close));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> attempt : attempts) {
			outcomes.add(attempt.get());
		}
		pool.shutdown();
		assertThat(outcomes).containsOnlyOnce("closed");
		assertThat(outcomes).filteredOn(o -> !o.equals("closed")).singleElement()
			.isIn("raced", "journey.error.alreadyClosed");
		assertThat(jdbc.queryForObject("select count(*) from enterprises_obligation_closure where obligation_key = ?",
				Integer.class, key)).isEqualTo(1);
		SecurityContextHolder.setContext(admin);
		assertThat(obligations.openInCenters(Set.of(CENTER), false)).extracting(ObligationView::key).doesNotContain(key);
		// on PostgreSQL the dashboard counts exactly the past, unclosed ends of designations the records hold
		assertThat(obligations.overdueCounts(Set.of(CENTER), today.plusDays(11)).getOrDefault(ObligationKind.DESIGNATION_EXPIRY, 0L))
			.isEqualTo((long) jdbc.queryForObject("""
						select count(*) from enterprises_designation d join enterprises_organization_center c
						  on c.organization_id = d.organization_id
						where c.center_id = ? and d.valid_until between ? and ? and d.status = 'ACTIVE'
						  and not exists (select 1 from enterprises_obligation_closure x where x.designation_id = d.id)""",
						Integer.class, CENTER, today.minusYears(1).plusDays(11), today.plusDays(10)));
	}
}
