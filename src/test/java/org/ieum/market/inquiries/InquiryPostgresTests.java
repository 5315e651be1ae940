package org.ieum.market.inquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inquiries on real PostgreSQL: the migration ran, a center's list puts the unanswered first (the longest waiting on
 * top) and counts them, an organization's list holds its own inquiries only, the retention query picks exactly the
 * contacts whose time is up, and the staff list writes its access-log entry in its own read-write transaction.
 * Centers 922501-922502 and organizations 922511-922513 are this class's own.
 */
@IeumPostgresTest
class InquiryPostgresTests {

	private static final long CENTER = 922_501L;
	private static final long OTHER_CENTER = 922_502L;

	@Autowired
	InquiryRepository inquiries;

	@Autowired
	InquiryQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private long save(long center, long organization, String buyer, Instant received, Instant answered) {
		Inquiries.Terms terms = new Inquiries.Terms(buyer, "홍길동", "010-1234-5678", "hong@example.org", "10개",
				LocalDate.now().plusDays(30), "견적 부탁드립니다");
		return new TransactionTemplate(transactions).execute(tx -> {
			Inquiry inquiry = new Inquiry("pg-token-" + buyer + "-" + System.nanoTime(), 1L, "시험 제품", organization,
					"시험 조직", center, terms, received);
			if (answered != null) {
				inquiry.answer("답변", 1L, answered);
			}
			return inquiries.save(inquiry).getId();
		});
	}

	@Test
	void theQueriesOrderCountAndPickOnPostgres() {
		Instant now = Instant.now();
		long oldWaiting = save(CENTER, 922_511L, "오래 기다림", now.minus(Duration.ofDays(9)), null);
		long newWaiting = save(CENTER, 922_511L, "새로 옴", now.minus(Duration.ofHours(2)), null);
		long answeredLongAgo = save(CENTER, 922_512L, "오래전 답변", now.minus(Duration.ofDays(300)),
				now.minus(Duration.ofDays(250)));
		long answeredRecently = save(CENTER, 922_512L, "최근 답변", now.minus(Duration.ofDays(5)),
				now.minus(Duration.ofDays(4)));
		long neverAnsweredOld = save(CENTER, 922_511L, "답 없는 옛 문의", now.minus(Duration.ofDays(400)), null);
		long elsewhere = save(OTHER_CENTER, 922_513L, "다른 센터", now.minus(Duration.ofDays(1)), null);

		List<Long> order = inquiries.ofCenters(Set.of(CENTER), PageRequest.of(0, 50)).map(Inquiry::getId).getContent();
		assertThat(order).containsExactly(neverAnsweredOld, oldWaiting, newWaiting, answeredRecently, answeredLongAgo);
		assertThat(inquiries.ofCenters(Set.of(CENTER), PageRequest.of(1, 2)).getTotalElements()).isEqualTo(5);
		assertThat(inquiries.ofCenters(Set.of(CENTER, OTHER_CENTER), PageRequest.of(0, 50)).getContent())
			.extracting(Inquiry::getId).contains(elsewhere);

		assertThat(inquiries.findByOrganizationIdInOrderByReceivedAtDesc(List.of(922_512L))).extracting(Inquiry::getId)
			.containsExactly(answeredRecently, answeredLongAgo);

		// six months after the answer, twelve after an unanswered arrival
		List<Long> due = inquiries.contactsToErase(now.minus(Duration.ofDays(182)), now.minus(Duration.ofDays(365)))
			.stream().map(Inquiry::getId).toList();
		assertThat(due).contains(answeredLongAgo, neverAnsweredOld)
			.doesNotContain(oldWaiting, newWaiting, answeredRecently, elsewhere);

		long logged = jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class);
		var page = queries.ofCenters(Set.of(CENTER), 0);
		assertThat(page.getContent()).extracting(InquiryQueries.Row::overdue)
			.containsExactly(true, true, false, false, false);
		assertThat(page.getContent().get(0).contactName()).isEqualTo("홍**");
		assertThat(page.getContent().get(0).phone()).isEqualTo("***-****-5678");
		assertThat(page.getContent().get(0).email()).isEqualTo("ho***@example.org");
		assertThat(jdbc.queryForObject("select count(*) from identity_personal_data_access", Long.class))
			.isEqualTo(logged + 1);
	}
}
