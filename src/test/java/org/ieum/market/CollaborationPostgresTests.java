package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.enterprises.BusinessNumber;
import org.ieum.market.collaboration.CollaborationFigures;
import org.ieum.market.collaboration.ProjectQueries;
import org.ieum.market.collaboration.Projects;
import org.ieum.programs.AwardeeSelected;
import org.ieum.programs.CallKind;
import org.ieum.shared.Authorities;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Collaboration projects on real PostgreSQL: ten staff members adding the same partner at the same moment end with
 * the partner in the project once and nine Korean refusals; an awardee event of a collaboration call delivered twice
 * makes one draft project (a support call's makes none); and the pages' and figures' queries run on PostgreSQL.
 */
@IeumPostgresTest
class CollaborationPostgresTests {

	/** Center ids no other test uses. */
	private static final long CENTER = 880_267L;
	private static final long AWARD_CENTER = 880_268L;

	private static final int TRIES = 10;

	@Autowired
	Projects projects;

	@Autowired
	ProjectQueries queries;

	@Autowired
	CollaborationFigures figures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcTemplate jdbc;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));

	private long project(String title) {
		jdbc.update("insert into market_collab_project (center_id, title, kind, starts_on, status, created_at)"
				+ " values (?, ?, 'PRODUCT', ?, 'ACTIVE', current_timestamp)", CENTER, title, today.minusDays(40));
		return jdbc.queryForObject("select id from market_collab_project where title = ?", Long.class, title);
	}

	/** An organization of its own with a valid business number (check digit) that no other test uses. */
	private String organization(String name) {
		String digits = null;
		for (long n = 880_267_000L + Math.abs(name.hashCode() % 900); digits == null; n++) {
			String nine = String.valueOf(n);
			String candidate = nine + BusinessNumber.checkDigitOf(nine);
			if (jdbc.queryForObject("select count(*) from enterprises_organization where business_number = ?",
					Integer.class, candidate) == 0) {
				digits = candidate;
			}
		}
		jdbc.update("insert into enterprises_organization (name, business_number_raw, business_number, status, created_at,"
				+ " updated_at) values (?, ?, ?, 'ACTIVE', current_timestamp, current_timestamp)", name, digits, digits);
		return digits;
	}

	private void asStaff() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("staff", null,
				Authorities.CENTER_STAFF, Authorities.centerScope(CENTER)));
	}

	@Test
	void tenStaffAddingOnePartnerAtOnceAddItOnce() throws Exception {
		long project = project("동시 참여 협업 " + System.nanoTime());
		String number = organization("동시참여 제과 " + System.nanoTime());
		ExecutorService pool = Executors.newFixedThreadPool(TRIES);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < TRIES; i++) {
			results.add(pool.submit(() -> {
				asStaff();
				try {
					start.await();
					projects.addPartner(project, CENTER, number);
					return "added";
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
		assertThat(outcomes).filteredOn("added"::equals).hasSize(1);
		assertThat(outcomes).filteredOn("market.collab.error.partnerTwice"::equals).hasSize(TRIES - 1);
		assertThat(jdbc.queryForObject("select count(*) from market_collab_member where project_id = ?", Integer.class,
				project)).isOne();
	}

	@Test
	void anAwardDeliveredTwiceMakesOneDraftProject() throws Exception {
		long applicationId = 8_802_670_001L;
		long organizationId = 8_802_671L;
		AwardeeSelected award = new AwardeeSelected(1L, CallKind.COLLABORATION, AWARD_CENTER, applicationId, "PG-C1",
				"공동 판로 협업 공모", 8_802_679L, organizationId, "반복 전달 협동조합", Instant.now());
		tx.executeWithoutResult(s -> events.publishEvent(award));
		tx.executeWithoutResult(s -> events.publishEvent(award));
		AwardeeSelected support = new AwardeeSelected(2L, CallKind.SUPPORT, AWARD_CENTER, 8_802_670_002L, "PG-S1",
				"일반 지원사업", 8_802_679L, organizationId, "반복 전달 협동조합", Instant.now());
		tx.executeWithoutResult(s -> events.publishEvent(support));
		for (int i = 0; i < 100 && jdbc.queryForObject("select count(*) from market_collab_project"
				+ " where source_application_id = ?", Integer.class, applicationId) == 0; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(1000);
		assertThat(jdbc.queryForList("select status from market_collab_project where source_application_id = ?",
				String.class, applicationId)).containsExactly("DRAFT");
		assertThat(jdbc.queryForList("select m.organization_id from market_collab_member m join market_collab_project p"
				+ " on p.id = m.project_id where p.source_application_id = ? and m.role = 'LEAD'", Long.class,
				applicationId)).containsExactly(organizationId);
		assertThat(jdbc.queryForObject("select count(*) from market_collab_project where center_id = ?", Integer.class,
				AWARD_CENTER)).isOne();
	}

	@Test
	void thePagesAndFiguresQueriesRunOnPostgres() {
		long project = project("집계 협업 " + System.nanoTime());
		asStaff();
		try {
			projects.addPartner(project, CENTER, organization("집계 제과 " + System.nanoTime()));
			long late = projects.addMilestone(project, CENTER, "늦은 일정", today.minusDays(1));
			projects.addMilestone(project, CENTER, "오늘 일정", today);
			assertThat(queries.forStaff(CENTER, project).overdue()).isOne();
			long overdue = jdbc.queryForObject("select count(*) from market_collab_milestone m join market_collab_project p"
					+ " on p.id = m.project_id where p.center_id = ? and m.done_on is null and m.due_on < ?", Long.class,
					CENTER, today);
			assertThat(figures.figures(new FigureScope(Set.of(CENTER), today))).singleElement()
				.satisfies(t -> assertThat(t.headline().value()).isEqualTo(overdue));
			projects.completeMilestone(project, CENTER, late, today);
			assertThat(queries.ofCenter(CENTER)).anySatisfy(l -> assertThat(l.overdue()).isZero());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		assertThat(figures.yearFigures(Set.of(CENTER), Year.of(today.getYear()))).singleElement()
			.satisfies(t -> assertThat(t.rows().get(0).value()).isPositive());
	}
}
