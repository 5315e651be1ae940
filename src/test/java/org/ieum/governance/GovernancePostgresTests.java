package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Councils;
import org.ieum.governance.councils.Meeting;
import org.ieum.governance.councils.MemberRole;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.ieum.shared.web.Refusal;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The governance schema and its guards on real PostgreSQL: the migration ran, invitations sent
 * from several clicks at once go out exactly once, the database refuses a term that ends
 * before it starts, and the dashboard's terms-ending query finds the right members.
 */
@IeumPostgresTest
class GovernancePostgresTests {

	/** Center ids no other test uses (this module's range). */
	private static final long CENTER = 880_901L;

	@Autowired
	Councils councils;

	@Autowired
	List<FigureProvider> providers;

	@Autowired
	org.ieum.governance.partners.Partners partnerRegister;

	@Autowired
	org.ieum.governance.partners.MouReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void asAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private Council council(String name) {
		Council council = councils.create(CENTER, new Councils.CouncilTerms(name, null, true, 2, 3));
		LocalDate from = LocalDate.of(2030, 1, 1);
		LocalDate until = LocalDate.of(2031, 12, 31);
		for (int i = 0; i < 3; i++) {
			councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("동시 위원 " + i, null,
					"pg-member-" + name.hashCode() + "-" + i + "@example.kr", MemberRole.MEMBER, from, until));
		}
		return council;
	}

	@Test
	void theGovernanceMigrationRanOnPostgresql() {
		assertThat(jdbc.queryForObject("select success from flyway_schema_history where version = '190'", Boolean.class))
			.isTrue();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name like 'governance_%'",
				Integer.class)).isEqualTo(15);
	}

	@Test
	void tenInvitationClicksAtOnceSendTheInvitationsExactlyOnce() throws Exception {
		Council council = council("동시 초대 위원회");
		Meeting meeting = councils.schedule(council.getId(), CENTER, new Councils.MeetingTerms("동시 초대 회의",
				LocalDate.of(2030, 6, 3), LocalTime.of(14, 0), LocalTime.of(16, 0), null, "시청"));
		ExecutorService pool = Executors.newFixedThreadPool(10);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Boolean>> results = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext()
					.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
				start.await();
				try {
					councils.invite(meeting.getId(), CENTER);
					return true;
				}
				catch (Refusal ex) {
					assertThat(ex.messageKey()).isEqualTo("governance.error.alreadyInvited");
					return false;
				}
				catch (ConcurrencyFailureException ex) {
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
				}
			}));
		}
		start.countDown();
		int sent = 0;
		for (Future<Boolean> result : results) {
			if (result.get(60, TimeUnit.SECONDS)) {
				sent++;
			}
		}
		pool.shutdown();
		assertThat(sent).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where subject like ?", Integer.class,
				"%동시 초대 회의%")).isEqualTo(3);
	}

	@Test
	void fiveReminderRunsAtOnceRemindAnAgreementOnce() throws Exception {
		LocalDate today = org.ieum.shared.Seoul.today(java.time.Clock.systemUTC());
		var partner = partnerRegister.register(CENTER, new org.ieum.governance.partners.Partners.PartnerTerms("동시 알림 기관",
				org.ieum.governance.partners.PartnerKind.SCHOOL, null, null, null, null, false), null);
		var mou = partnerRegister.sign(partner.getId(), CENTER, new org.ieum.governance.partners.Partners.MouTerms(today,
				today.minusYears(1), today.plusDays(20), "동시 알림", false), null);
		ExecutorService pool = Executors.newFixedThreadPool(5);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			runs.add(pool.submit(() -> {
				start.await();
				return reminders.sendDue();
			}));
		}
		start.countDown();
		for (Future<Integer> run : runs) {
			run.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(jdbc.queryForObject("select reminded_early_at is not null from governance_mou where id = ?",
				Boolean.class, mou.getId())).isTrue();
		// a sixth run finds nothing left to send for it
		assertThat(jdbc.queryForObject("select version from governance_mou where id = ?", Long.class, mou.getId()))
			.isEqualTo(1L);
	}

	@Test
	void theDatabaseRefusesATermThatEndsBeforeItStarts() {
		Council council = council("제약 위원회");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"insert into governance_member (council_id, name, role, term_start, term_end, created_at)"
						+ " values (?, '거꾸로', 'MEMBER', date '2030-05-01', date '2030-04-01', current_timestamp)",
				council.getId()))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@Test
	void theDashboardListsTermsEndingWithinSixtyDays() {
		Council council = council("임기 위원회");
		councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("곧 끝나는 위원", null, null,
				MemberRole.CHAIR, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 1)));
		councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("이미 끝난 위원", null, null,
				MemberRole.MEMBER, LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31)));
		List<FigureTable> tables = providers.stream()
			.flatMap(p -> p.figures(new FigureScope(Set.of(CENTER), LocalDate.of(2030, 1, 15))).stream())
			.filter(t -> t.id().equals("governance-terms-ending")).toList();
		assertThat(tables).singleElement().satisfies(t -> {
			assertThat(t.rows()).singleElement().satisfies(r -> {
				assertThat(r.labelArgs()).contains("곧 끝나는 위원", "임기 위원회");
				assertThat(r.value()).isEqualTo(45);
			});
			assertThat(t.headline().value()).isEqualTo(1);
		});
	}
}
