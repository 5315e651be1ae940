package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search index catches up by itself after a bulk write that bypassed per-entity indexing,
 * as when the import command is killed after its database commit: at the next start the
 * directory counts every organization the database holds.
 */
@IeumSpringTest
class IndexCatchUpTests {

	@Autowired
	IndexCatchUp catchUp;

	@Autowired
	SearchIndex index;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	long centerId() {
		return jdbc.queryForObject("select id from centers_center where slug = 'busan'", Long.class);
	}

	/** Organizations written by plain SQL: nothing indexes them as they are written. */
	long insertBypassingTheIndex(String name) {
		jdbc.update("""
				insert into enterprises_organization (name, sido, sigungu, status, created_at, updated_at, version)
				values (?, '부산광역시', '북구', 'ACTIVE', current_timestamp, current_timestamp, 0)""", name);
		long id = jdbc.queryForObject("select max(id) from enterprises_organization", Long.class);
		jdbc.update("insert into enterprises_organization_center (organization_id, center_id) values (?, ?)", id, centerId());
		return id;
	}

	/**
	 * Index and database in step before a test starts: other tests of the shared context write
	 * organizations by plain SQL too, so the catch-up's own count check brings them in first.
	 */
	void settled() throws InterruptedException {
		catchUp.check();
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while ((index.building() || index.status().indexed() != index.status().inDatabase())
				&& Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}
	}

	@Test
	void whatABulkWriteOwesIsIndexedAtStartEvenIfItsProcessDiedAfterTheCommit() throws InterruptedException {
		settled();
		SearchIndex.Status before = index.status();
		assertThat(before.indexed()).isEqualTo(before.inDatabase());

		// the import command's transaction: rows and what they owe the index commit together; then
		// the process dies (a command leaves the debt to the server; here the rows are written as
		// it writes them, since this test's context is a server and would settle at once)
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			long first = insertBypassingTheIndex("색인빚 하나");
			long second = insertBypassingTheIndex("색인빚 둘");
			jdbc.update("insert into enterprises_index_debt (organization_id) values (?), (?)", first, second);
		});
		SearchIndex.Status crashed = index.status();
		assertThat(crashed.inDatabase()).isEqualTo(before.inDatabase() + 2);
		assertThat(crashed.indexed()).as("the directory is behind").isEqualTo(before.indexed());
		assertThat(catchUp.owed()).isEqualTo(2);

		catchUp.check();

		SearchIndex.Status after = index.status();
		assertThat(after.indexed()).isEqualTo(after.inDatabase());
		assertThat(catchUp.owed()).isZero();
	}

	@Test
	void onAServerWhatATransactionOwesIsIndexedRightAfterItsCommit() throws InterruptedException {
		settled();
		SearchIndex.Status before = index.status();
		new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
			catchUp.exclude();
			catchUp.owe(List.of(insertBypassingTheIndex("커밋 뒤 색인")));
		});
		SearchIndex.Status after = index.status();
		assertThat(after.inDatabase()).isEqualTo(before.inDatabase() + 1);
		assertThat(after.indexed()).as("the directory shows it on the next page").isEqualTo(after.inDatabase());
		assertThat(catchUp.owed()).isZero();
	}

	@Test
	void aWriteThatRecordedNothingIsFoundByComparingCountsAndTheIndexRebuilt() throws Exception {
		settled();
		insertBypassingTheIndex("기록 없이 쓴 조직");
		SearchIndex.Status behind = index.status();
		assertThat(behind.indexed()).isEqualTo(behind.inDatabase() - 1);

		catchUp.check();
		Instant until = Instant.now().plus(Duration.ofMinutes(3));
		while ((index.building() || index.status().indexed() != index.status().inDatabase())
				&& Instant.now().isBefore(until)) {
			Thread.sleep(200);
		}

		SearchIndex.Status after = index.status();
		assertThat(after.indexed()).isEqualTo(after.inDatabase());
	}
}
