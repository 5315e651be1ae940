package org.ieum.library.books;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.ieum.shared.search.KoreanAnalyzers;

/**
 * The analyzers of the catalogue index, beside the other indexes' own (listed in
 * {@code hibernate.search.backend.analysis.configurer}; every name here starts with {@code library_}).
 * Titles and authors are also kept as two-letter grams, so a name Nori reads otherwise is still found.
 */
public class BookAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "library_korean";
	static final String KOREAN_QUERY = "library_korean_query";
	static final String GRAMS = "library_grams";
	static final String GRAMS_QUERY = "library_grams_query";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		KoreanAnalyzers.korean(context, KOREAN, KOREAN_QUERY);
		KoreanAnalyzers.grams(context, GRAMS, GRAMS_QUERY);
	}
}
