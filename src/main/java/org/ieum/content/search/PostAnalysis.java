package org.ieum.content.search;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.ieum.shared.search.KoreanAnalyzers;

/**
 * The analyzers of the post index, beside the directory's own (Hibernate Search takes a list of
 * configurers for the backend, {@code hibernate.search.backend.analysis.configurer} in
 * application.yml; every name here starts with {@code post_} so none clashes). Text is read the
 * Korean way every index reads it ({@link KoreanAnalyzers}); titles are also kept as two-letter
 * grams, so a word Nori reads otherwise is still found in a title.
 */
public class PostAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "post_korean";
	static final String KOREAN_QUERY = "post_korean_query";
	static final String GRAMS = "post_grams";
	static final String GRAMS_QUERY = "post_grams_query";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		KoreanAnalyzers.korean(context, KOREAN, KOREAN_QUERY);
		KoreanAnalyzers.grams(context, GRAMS, GRAMS_QUERY);
	}
}
