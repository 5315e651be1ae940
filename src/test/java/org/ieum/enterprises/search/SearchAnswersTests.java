package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.ieum.enterprises.search.SearchAnswers.Answer;
import org.junit.jupiter.api.Test;

/**
 * The remembered answers on their own; that a committed change reaches the next search
 * through them is {@code SearchTests.theIndexFollowsCommittedChangesToOrganizationsProductsAndDesignations}.
 */
class SearchAnswersTests {

	private final AtomicInteger asked = new AtomicInteger();

	private Answer ask() {
		asked.incrementAndGet();
		return new Answer(List.of(), asked.get(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null);
	}

	private static SearchQuery query(String q, int page) {
		return new SearchQuery(q, null, null, null, null, null, null, null, page);
	}

	@Test
	void theSameSearchIsAnsweredFromMemoryUntilTheIndexChanges() {
		IndexGeneration generation = new IndexGeneration();
		SearchAnswers answers = new SearchAnswers(generation, 10);
		Answer first = answers.get(Set.of(1L, 2L), query("카페", 0), 20, this::ask);
		// the same question, scope in another order: one search of the index
		assertThat(answers.get(Set.of(2L, 1L), query("카페", 0), 20, this::ask)).isSameAs(first);
		assertThat(asked).hasValue(1);
		// another page, another page size, another scope: each its own question
		answers.get(Set.of(1L, 2L), query("카페", 1), 20, this::ask);
		answers.get(Set.of(1L, 2L), query("카페", 0), 50, this::ask);
		answers.get(Set.of(1L), query("카페", 0), 20, this::ask);
		assertThat(asked).hasValue(4);

		generation.advance();
		Answer fresh = answers.get(Set.of(1L, 2L), query("카페", 0), 20, this::ask);
		assertThat(fresh).isNotSameAs(first);
		assertThat(fresh.total()).isEqualTo(5);
		assertThat(answers.get(Set.of(1L, 2L), query("카페", 0), 20, this::ask)).isSameAs(fresh);
	}

	@Test
	void theLeastRecentlyUsedAnswerMakesRoomAndSizeZeroRemembersNothing() {
		SearchAnswers two = new SearchAnswers(new IndexGeneration(), 2);
		two.get(Set.of(1L), query("a", 0), 20, this::ask);
		two.get(Set.of(1L), query("b", 0), 20, this::ask);
		two.get(Set.of(1L), query("a", 0), 20, this::ask); // a is now the most recent
		two.get(Set.of(1L), query("c", 0), 20, this::ask); // b goes
		assertThat(asked).hasValue(3);
		two.get(Set.of(1L), query("a", 0), 20, this::ask);
		assertThat(asked).hasValue(3);
		two.get(Set.of(1L), query("b", 0), 20, this::ask);
		assertThat(asked).hasValue(4);

		SearchAnswers off = new SearchAnswers(new IndexGeneration(), 0);
		off.get(Set.of(1L), query("a", 0), 20, this::ask);
		off.get(Set.of(1L), query("a", 0), 20, this::ask);
		assertThat(asked).hasValue(6);
	}
}
