package org.ieum.enterprises.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.ieum.enterprises.search.SearchResults.Hit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The index's answers to recent searches (a page of hits, the total and the facet counts),
 * kept until the index changes. A directory is read far more often than it is written, and
 * most visitors ask the same few questions (the first page, a type, a district), so one
 * search of the index serves them all until an organization, product or designation is
 * written or the index is rebuilt ({@link IndexGeneration}).
 *
 * <p>Labels are not kept: facet titles, value names and center names are put on each time,
 * so a renamed center or a language switch shows at once. {@code ieum.search.answer-cache-size}
 * (default 1,000 answers, 0 to turn off) bounds the memory; the least recently used answer goes first.
 */
@Component
class SearchAnswers {

	/** What the index answered: one page of hits, the total, the counts per facet value and a "did you mean" (or null). */
	record Answer(List<Hit> hits, long total, Map<String, Long> types, Map<String, Long> sidos,
			Map<String, Long> regions, Map<String, Long> industries, Map<String, Long> purposes,
			Map<Long, Long> owners, String suggestion) {
	}

	private record Key(Set<Long> scope, SearchQuery query, int pageSize) {
	}

	private final IndexGeneration generation;
	private final Remembered<Key, Answer> answers;

	SearchAnswers(IndexGeneration generation, @Value("${ieum.search.answer-cache-size:1000}") int maxEntries) {
		this.generation = generation;
		this.answers = new Remembered<>(maxEntries);
	}

	/** The remembered answer if the index has not changed since, otherwise a fresh one from {@code search}. */
	Answer get(Set<Long> scope, SearchQuery query, int pageSize, Supplier<Answer> search) {
		if (!answers.enabled()) {
			return search.get();
		}
		Key key = new Key(Set.copyOf(scope), query, pageSize);
		// read before searching: an answer is filed under the generation it may have seen
		long seen = generation.current();
		Answer answer = answers.get(key, seen);
		if (answer == null) {
			answer = search.get();
			answers.put(key, seen, answer);
		}
		return answer;
	}
}
