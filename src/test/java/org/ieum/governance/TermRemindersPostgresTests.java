package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Councils;
import org.ieum.governance.councils.Member;
import org.ieum.governance.councils.MemberRole;
import org.ieum.governance.councils.TermReminders;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** On PostgreSQL, five reminder runs at once tell a member once that their term ends soon. */
@IeumPostgresTest
class TermRemindersPostgresTests {

	/** A center id no other test uses. */
	private static final long CENTER = 880_971L;

	@Autowired
	Councils councils;

	@Autowired
	TermReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void fiveRunsAtOnceRemindATermOnce() throws Exception {
		LocalDate today = Seoul.today(clock);
		Member member;
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
		try {
			Council council = councils.create(CENTER, new Councils.CouncilTerms("동시 임기 알림 위원회", null, false, 1, 0));
			member = councils.addMember(council.getId(), CENTER, new Councils.MemberTerms("동시 임기 위원", null,
					"pg-term-ending@example.kr", MemberRole.MEMBER, today.minusYears(2), today.plusDays(10)));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
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
		reminders.sendDue();
		assertThat(jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ?", Integer.class,
				"pg-term-ending@example.kr")).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from governance_term_reminder where member_id = ?", Integer.class,
				member.getId())).isEqualTo(1);
	}
}
