package org.ieum.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.ieum.governance.councils.Council;
import org.ieum.governance.councils.Councils;
import org.ieum.governance.councils.Member;
import org.ieum.governance.councils.MemberRole;
import org.ieum.governance.councils.TermReminders;
import org.ieum.shared.Seoul;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member whose term ends within 60 days, and the council's center, are told once per term
 * however often the reminder job runs; a term further away or already over is not reminded; a
 * term extended to a new end is reminded again once.
 */
@IeumSpringTest
class TermRemindersTests {

	@Autowired
	Councils councils;

	@Autowired
	TermReminders reminders;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@BeforeEach
	void asAdministrator() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("admin", null, "ROLE_SYSTEM_ADMIN"));
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTermEndingWithinSixtyDaysIsRemindedOncePerTerm() {
		long gimhae = jdbc.queryForObject("select id from centers_center where slug = 'gimhae'", Long.class);
		LocalDate today = Seoul.today(clock);
		Council council = councils.create(gimhae, new Councils.CouncilTerms("임기 알림 점검 위원회", null, false, 1, 0));
		Member ending = councils.addMember(council.getId(), gimhae, new Councils.MemberTerms("임기알림 곧끝남", null,
				"term-ending@example.kr", MemberRole.MEMBER, today.minusYears(2), today.plusDays(30)));
		councils.addMember(council.getId(), gimhae, new Councils.MemberTerms("임기알림 멀었음", null, "term-later@example.kr",
				MemberRole.MEMBER, today.minusYears(1), today.plusDays(61)));
		councils.addMember(council.getId(), gimhae, new Councils.MemberTerms("임기알림 끝남", null, "term-over@example.kr",
				MemberRole.MEMBER, today.minusYears(2), today.minusDays(1)));

		reminders.sendDue();
		reminders.sendDue();
		reminders.sendDue();

		assertThat(mails("term-ending@example.kr", "%임기 만료 30일 전%")).isEqualTo(1);
		assertThat(mails("term-later@example.kr", "%")).isZero();
		assertThat(mails("term-over@example.kr", "%")).isZero();
		// the council's center is told too, once
		assertThat(mails("gimhae@example.org", "%임기 만료 30일 전%임기 알림 점검 위원회 임기알림 곧끝남%")).isEqualTo(1);
		assertThat(mails("gimhae@example.org", "%임기알림 멀었음%")).isZero();

		// a term extended to a new end is a new term: reminded once more when it comes near
		jdbc.update("update governance_member set term_end = ? where id = ?", today.plusDays(45), ending.getId());
		reminders.sendDue();
		reminders.sendDue();
		assertThat(mails("term-ending@example.kr", "%임기 만료 45일 전%")).isEqualTo(1);
		assertThat(mails("term-ending@example.kr", "%")).isEqualTo(2);
	}

	private int mails(String to, String subject) {
		return jdbc.queryForObject("select count(*) from shared_mail_outbox where recipient = ? and subject like ?",
				Integer.class, to, subject);
	}
}
