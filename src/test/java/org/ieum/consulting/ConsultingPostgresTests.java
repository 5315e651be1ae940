package org.ieum.consulting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.ieum.consulting.cases.ConsultingField;
import org.ieum.consulting.cases.ConsultingRequest;
import org.ieum.consulting.cases.ConsultingRequestRepository;
import org.ieum.consulting.cases.Expert;
import org.ieum.consulting.cases.ExpertRepository;
import org.ieum.consulting.cases.RequestKind;
import org.ieum.consulting.cases.SessionMode;
import org.ieum.consulting.cases.SessionPlan;
import org.ieum.consulting.sessions.SessionPlanning;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.Role;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The consulting schema and its guards on real PostgreSQL: the migration ran, concurrent
 * bookings of one expert's time let exactly one through, concurrent bookings of one
 * organization's last hours with different experts never exceed the yearly budget, and the
 * database refuses impossible rows on its own.
 */
@IeumPostgresTest
class ConsultingPostgresTests {

	/** Center ids no other test uses (this module's range). */
	private static final long CENTER = 880_501L;
	private static final long OTHER_CENTER = 880_502L;

	private static final CurrentUser ADMIN = new CurrentUser(880_599L, "admin@example.kr", "관리자",
			Set.of(Role.SYSTEM_ADMIN), Set.of());

	@Autowired
	SessionPlanning planning;

	@Autowired
	ExpertRepository experts;

	@Autowired
	ConsultingRequestRepository requests;

	@Autowired
	JdbcTemplate jdbc;

	private Expert expert(long centerId, String name) {
		return experts.save(new Expert(centerId, new Expert.ExpertTerms(name, null, null, null,
				EnumSet.of(ConsultingField.ACCOUNTING), EnumSet.of(DayOfWeek.MONDAY), null, 0, true), null, Instant.now()));
	}

	/** A request in progress with the expert; clients with the same id share one budget. */
	private ConsultingRequest inProgress(long centerId, long clientId, Expert expert, String title) {
		ConsultingRequest r = new ConsultingRequest(centerId, clientId, "동시 고객", null, null, null,
				new ConsultingRequest.Ask(RequestKind.CONSULTING, ConsultingField.ACCOUNTING, title, "내용",
						EnumSet.noneOf(DayOfWeek.class), null, 1), Instant.now());
		r.assign(expert.getId(), Instant.now());
		r.accept();
		return requests.save(r);
	}

	/** Runs every booking at the same moment as a system administrator; returns how many were saved. */
	private int bookAtOnce(int count, IntFunction<Runnable> booking, String... allowedRefusals) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(count);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Runnable action = booking.apply(i);
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
				start.await();
				try {
					action.run();
					return true;
				}
				catch (Refusal ex) {
					assertThat(ex.messageKey()).isIn((Object[]) allowedRefusals);
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		int won = 0;
		for (Future<Boolean> result : results) {
			if (result.get(60, TimeUnit.SECONDS)) {
				won++;
			}
		}
		pool.shutdown();
		return won;
	}

	@Test
	void theConsultingMigrationRanOnPostgresql() {
		assertThat(jdbc.queryForObject("select success from flyway_schema_history where version = '70'", Boolean.class))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name like 'consulting_%'",
				Integer.class)).isEqualTo(5);
	}

	@Test
	void twentyConcurrentBookingsOfOneExpertsHourLetExactlyOneThrough() throws Exception {
		Expert expert = expert(CENTER, "동시 예약 전문가");
		List<ConsultingRequest> cases20 = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			cases20.add(inProgress(CENTER, 880_500_000L + i, expert, "동시 예약 " + i));
		}
		LocalDateTime at = LocalDateTime.of(2031, 3, 3, 10, 0);
		// every start lies within an hour of every other, so any two of these sessions overlap
		int won = bookAtOnce(20, i -> () -> planning.schedule(cases20.get(i).getId(), ADMIN,
				new SessionPlan(at.plusMinutes(i * 2L), 60, SessionMode.ONLINE), null), "consulting.error.overlap");
		assertThat(won).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from consulting_session where expert_id = ?", Integer.class,
				expert.getId())).isEqualTo(1);
	}

	@Test
	void concurrentBookingsWithDifferentExpertsNeverExceedOneOrganizationsYearlyHours() throws Exception {
		long client = 880_501_999L;
		List<ConsultingRequest> list = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			list.add(inProgress(CENTER, client, expert(CENTER, "예산 전문가 " + i), "예산 동시 " + i));
		}
		// 6 × 600 minutes asked at once against a 20-hour budget: two fit, the rest are refused
		int won = bookAtOnce(6, i -> () -> planning.schedule(list.get(i).getId(), ADMIN,
				new SessionPlan(LocalDateTime.of(2032, 5, 3 + i, 9, 0), 600, SessionMode.VISIT), null),
				"consulting.error.budget");
		assertThat(won).isEqualTo(2);
		assertThat(jdbc.queryForObject("select sum(minutes) from consulting_session where budget_key = ? and budget_year = 2032",
				Long.class, "acc:" + client)).isEqualTo(1200L);
	}

	@Test
	void theDatabaseRefusesImpossibleRowsOnItsOwn() {
		Expert expert = expert(OTHER_CENTER, "제약 시험 전문가");
		ConsultingRequest r = inProgress(OTHER_CENTER, 880_502_001L, expert, "제약 시험");
		assertThatThrownBy(() -> jdbc.update("update consulting_request set rating = 6 where id = ?", r.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("insert into consulting_session (request_id, expert_id, starts_at, ends_at, "
				+ "minutes, budget_year, budget_key, mode, status, created_at) values (?, ?, now(), now() - interval '1 hour', "
				+ "60, 2030, 'acc:1', 'ONLINE', 'PLANNED', now())", r.getId(), expert.getId()))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("insert into consulting_pool_agreement (owner_center_id, partner_center_id, "
				+ "valid_from, recorded_at) values (?, ?, current_date, now())", OTHER_CENTER, OTHER_CENTER))
			.isInstanceOf(DataIntegrityViolationException.class);
	}
}
