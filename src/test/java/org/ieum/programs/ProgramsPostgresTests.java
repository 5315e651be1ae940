package org.ieum.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.enterprises.DesignationType;
import org.ieum.identity.CurrentUser;
import org.ieum.programs.administration.ProgramFigures;
import org.ieum.programs.call.ApplicantType;
import org.ieum.programs.call.Application;
import org.ieum.programs.call.ApplicationRepository;
import org.ieum.programs.call.CallDetails;
import org.ieum.programs.call.CallRepository;
import org.ieum.programs.call.Criterion;
import org.ieum.programs.call.CriterionRepository;
import org.ieum.programs.call.Decision;
import org.ieum.programs.call.ProgramCall;
import org.ieum.programs.call.Review;
import org.ieum.programs.call.ReviewRepository;
import org.ieum.programs.call.ReviewStatus;
import org.ieum.programs.reports.Report;
import org.ieum.programs.reports.ReportDueReminders;
import org.ieum.programs.reports.ReportKind;
import org.ieum.programs.reports.ReportRepository;
import org.ieum.programs.review.Ranking;
import org.ieum.programs.review.Rankings;
import org.ieum.programs.review.Reviews;
import org.ieum.programs.review.Selection;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The programs tables, constraints and queries on real PostgreSQL. */
@IeumPostgresTest
class ProgramsPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_301L;

	private static final long UNIQUENESS_CENTER = 880_302L;

	private static final long EMPTY_CENTER = 880_399L;

	@Autowired
	CallRepository calls;

	@Autowired
	ApplicationRepository applications;

	@Autowired
	ReviewRepository reviews;

	@Autowired
	CriterionRepository criteria;

	@Autowired
	ReportRepository reports;

	@Autowired
	Selection selection;

	@Autowired
	Rankings rankings;

	@Autowired
	ReportDueReminders reminders;

	@Autowired
	ProgramFigures figures;

	@Autowired
	Reviews reviewService;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Clock clock;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private void asAdmin() {
		SecurityContext admin = SecurityContextHolder.createEmptyContext();
		admin.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
		SecurityContextHolder.setContext(admin);
	}

	private ProgramCall call(long center, String title, Instant opens, Instant closes) {
		ProgramCall call = new ProgramCall(center, new CallDetails(CallKind.INCUBATION, title, null, ApplicantType.FOUNDER,
				Set.of(DesignationType.COOPERATIVE), "부산광역시", null, 0, 2, opens, closes, null, true,
				true), clock.instant());
		call.announce(clock.instant());
		return calls.save(call);
	}

	/** A submitted application made while the call was open, by a made-up account. */
	private Application submitted(ProgramCall call, long account, Instant when) {
		return tx.execute(s -> {
			Application a = applications.save(new Application(call, account, "pg-" + account + "@example.kr", "신청자" + account,
					null, when));
			a.submit(call, when);
			a.screen(true, null, when);
			return a;
		});
	}

	@Test
	void oneApplicationPerApplicantAndOneReviewPerReviewerAreKeptByTheDatabase() {
		Instant now = clock.instant();
		ProgramCall call = call(UNIQUENESS_CENTER, "PG 유일성 공모", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)));
		applications.save(new Application(call, 7_100_001L, "pg-a@example.kr", "가", null, now));
		assertThatThrownBy(() -> applications.save(new Application(call, 7_100_001L, "pg-a@example.kr", "가", null, now)))
			.isInstanceOf(DataIntegrityViolationException.class);
		// two managers of one organization share its application
		applications.save(new Application(call, 7_100_002L, "pg-b@example.kr", "조직", 55L, now));
		assertThatThrownBy(() -> applications.save(new Application(call, 7_100_003L, "pg-c@example.kr", "조직", 55L, now)))
			.isInstanceOf(DataIntegrityViolationException.class);

		Application a = submitted(call, 7_100_004L, now);
		reviews.save(new Review(a, 7_100_900L, "심사", "r@example.kr", now));
		assertThatThrownBy(() -> reviews.save(new Review(a, 7_100_900L, "심사", "r@example.kr", now)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> jdbc.update("insert into programs_call (center_id, kind, title, applicant_type, budget_won, "
				+ "award_count, opens_at, closes_at, created_at) values (?, 'SUPPORT', 'x', 'FOUNDER', 0, 1, ?, ?, ?)", CENTER,
				Timestamp.from(now), Timestamp.from(now.minusSeconds(1)), Timestamp.from(now)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void scoresRankingPublicationRemindersAndFiguresWorkOnPostgres() {
		Instant now = clock.instant();
		ProgramCall call = call(CENTER, "PG 심사 공모", now.minus(Duration.ofDays(10)), now.plus(Duration.ofDays(1)));
		Criterion first = criteria.save(new Criterion(call.getId(), 1, "사회적 가치", 50, 10));
		Criterion second = criteria.save(new Criterion(call.getId(), 2, "사업성", 50, 20));
		Instant during = now.minus(Duration.ofDays(5));
		Application a = submitted(call, 7_200_001L, during);
		Application b = submitted(call, 7_200_002L, during);
		jdbc.update("update programs_call set closes_at = ? where id = ?", Timestamp.from(now.minusSeconds(60)),
				call.getId());
		int[][] given = { { 10, 20 }, { 6, 10 }, { 2, 2 } };
		long reviewer = 7_200_900L;
		for (Application application : List.of(a, b)) {
			for (int[] g : given) {
				long id = reviewer++;
				tx.executeWithoutResult(s -> {
					Review r = reviews.save(new Review(application, id, "심사" + id, id + "@example.kr", now));
					r.declareNoConflict(now);
					int bonus = application == b ? -1 : 0;
					r.submit(List.of(first, second), Map.of(first.getId(), Math.max(0, g[0] + bonus), second.getId(),
							Math.max(0, g[1] + bonus)), now);
				});
			}
		}
		ProgramCall closed = calls.findById(call.getId()).orElseThrow();
		List<Ranking.Scored> ranking = rankings.ranking(closed);
		// trimmed mean of a's totals 100, 55, 15: only 55 remains
		assertThat(ranking.get(0).applicationId()).isEqualTo(a.getId());
		assertThat(ranking.get(0).score()).isEqualTo(55.0);
		assertThat(ranking.get(1).rank()).isEqualTo(2);

		asAdmin();
		selection.decide(a.getId(), Decision.AWARDED, null);
		selection.decide(b.getId(), Decision.RESERVE, 1);
		selection.publish(call.getId());
		assertThat(calls.findById(call.getId()).orElseThrow().isPublished()).isTrue();
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where subject like ?", Integer.class,
				"%PG 심사 공모 결과 발표%")).isEqualTo(2);

		reports.save(new Report(a.getId(), ReportKind.PROGRESS, Seoul.today(clock).plusDays(2)));
		reports.save(new Report(a.getId(), ReportKind.FINAL, Seoul.today(clock).plusDays(300)));
		reminders.queueDue();
		reminders.queueDue();
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, a.getApplicantEmail(), "%보고서 제출 안내%")).isEqualTo(1);

		var table = figures.figures(new FigureScope(Set.of(CENTER), Seoul.today(clock))).get(0);
		assertThat(table.rows()).extracting(r -> r.value()).containsExactly(1L, 2L, 1L);
		assertThat(figures.figures(new FigureScope(Set.of(EMPTY_CENTER), Seoul.today(clock)))).isEmpty();
	}

	@Test
	void tenSimultaneousScoreSubmissionsByOneReviewerKeepExactlyOne() throws Exception {
		Instant now = clock.instant();
		ProgramCall call = call(CENTER + 2, "PG 동시 채점 공모", now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(1)));
		Criterion only = criteria.save(new Criterion(call.getId(), 1, "타당성", 100, 10));
		Application a = submitted(call, 7_300_001L, now.minus(Duration.ofDays(1)));
		long reviewer = 7_300_900L;
		Review review = tx.execute(s -> {
			Review r = reviews.save(new Review(a, reviewer, "심사", "r@example.kr", now));
			r.declareNoConflict(now);
			return r;
		});
		CurrentUser me = new CurrentUser(reviewer, "r@example.kr", "심사", Set.of(),
				Set.of());
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			int score = i;
			results.add(pool.submit(() -> {
				start.await();
				try {
					reviewService.score(review.getId(), me, Map.of(only.getId(), score));
					return true;
				}
				catch (Refusal | ObjectOptimisticLockingFailureException ex) {
					return false;
				}
			}));
		}
		start.countDown();
		int accepted = 0;
		for (var result : results) {
			accepted += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();
		assertThat(accepted).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from programs_score where review_id = ?", Integer.class,
				review.getId())).isEqualTo(1);
		assertThat(reviews.findById(review.getId()).orElseThrow().getStatus()).isEqualTo(ReviewStatus.SUBMITTED);
	}
}
