package org.ieum.market.showcase;

import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.ieum.shared.search.KoreanAnalyzers;

/**
 * The analyzers of the showcase index, beside the other indexes' own (listed in
 * {@code hibernate.search.backend.analysis.configurer}; every name starts with {@code market_} so none
 * clashes). Text is read the Korean way every index reads it ({@link KoreanAnalyzers}); product and
 * organization names are also kept as two-letter grams, so a made-up name Nori reads oddly is still found.
 */
public class ShowcaseAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "market_korean";
	static final String KOREAN_QUERY = "market_korean_query";
	static final String GRAMS = "market_grams";
	static final String GRAMS_QUERY = "market_grams_query";
	static final String SORT = "market_sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		KoreanAnalyzers.korean(context, KOREAN, KOREAN_QUERY);
		KoreanAnalyzers.grams(context, GRAMS, GRAMS_QUERY);
		context.normalizer(SORT).custom()
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
	}
}
