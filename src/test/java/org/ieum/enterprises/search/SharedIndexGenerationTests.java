package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.jdbcx.JdbcDataSource;
import org.ieum.enterprises.search.SearchAnswers.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes' generations on one database (profile cluster): what one node changes in the index
 * makes the other forget what it remembered. The row comes from the migration itself.
 */
class SharedIndexGenerationTests {

	private final JdbcDataSource database = new JdbcDataSource();
	private final AtomicInteger asked = new AtomicInteger();

	@BeforeEach
	void migrate() throws Exception {
		database.setURL("jdbc:h2:mem:shared-generation-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
		String migration = Files.readString(Path.of("src/main/resources/db/migration/V257__enterprises_index_generation.sql"));
		JdbcTemplate jdbc = new JdbcTemplate(database);
		for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
			if (!statement.isBlank()) {
				jdbc.execute(statement);
			}
		}
	}

	private Answer ask() {
		return new Answer(List.of(), asked.incrementAndGet(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
				null);
	}

	private static SearchQuery query(String q) {
		return new SearchQuery(q, null, null, null, null, null, null, null, 0);
	}

	@Test
	void anAnswerRememberedOnOneNodeIsAskedAgainAfterTheIndexChangesOnTheOther() throws Exception {
		IndexGeneration onA = new IndexGeneration(database, true, Duration.ofMillis(50));
		IndexGeneration onB = new IndexGeneration(database, true, Duration.ofMillis(50));
		SearchAnswers answersOnB = new SearchAnswers(onB, 10);
		Answer remembered = answersOnB.get(Set.of(1L), query("카페"), 20, this::ask);
		assertThat(answersOnB.get(Set.of(1L), query("카페"), 20, this::ask)).isSameAs(remembered);

		onA.advance();
		Thread.sleep(60);

		Answer fresh = answersOnB.get(Set.of(1L), query("카페"), 20, this::ask);
		assertThat(fresh).isNotSameAs(remembered);
		assertThat(fresh.total()).isEqualTo(2);
		assertThat(onA.current()).isEqualTo(onB.current());
	}

	@Test
	void aNodeSeesItsOwnChangeAtOnceAndOthersWithinTheCheckInterval() {
		IndexGeneration onA = new IndexGeneration(database, true, Duration.ofHours(1));
		IndexGeneration onB = new IndexGeneration(database, true, Duration.ofHours(1));
		long before = onB.current();
		onA.current();

		onA.advance();

		assertThat(onA.current()).isNotEqualTo(before);
		// B read the row a moment ago and reads it again only after its interval
		assertThat(onB.current()).isEqualTo(before);
	}

	@Test
	void aSingleNodeCountsInMemoryAndLeavesTheRowAlone() {
		IndexGeneration single = new IndexGeneration(database, false, Duration.ZERO);
		single.advance();
		single.advance();
		assertThat(single.current()).isEqualTo(2);
		assertThat(new JdbcTemplate(database).queryForObject(
				"select generation from enterprises_index_generation where id = 1", Long.class)).isZero();
	}
}
