package org.ieum.enterprises.search;

import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.ngram.NGramFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.ieum.shared.search.KoreanAnalyzers;

/**
 * The analyzers of the organization index. Text is read the Korean way every index reads it
 * ({@link KoreanAnalyzers}: Nori, spacing-blind, Hanja as Hangul, the shared user dictionary). The
 * name, the main business and the products are also indexed as overlapping two-letter grams
 * ({@value #GRAMS}), as the directory's "name contains" did: Nori reads some made-up names oddly
 * (전주한지공방 as 주한/지공/방), the grams never miss. Names also get prefixes for autocomplete,
 * their 초성 and a sort key.
 */
public class OrganizationAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "korean";
	static final String KOREAN_QUERY = "korean_query";
	static final String NAME_PREFIX = "name_prefix";
	static final String NAME_PREFIX_QUERY = "name_prefix_query";
	static final String GRAMS = "name_grams";
	static final String GRAMS_QUERY = "grams_query";
	static final String INITIALS = "initials";
	static final String INITIALS_QUERY = "initials_query";
	static final String SORT = "sort";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		KoreanAnalyzers.korean(context, KOREAN, KOREAN_QUERY);
		KoreanAnalyzers.grams(context, GRAMS, GRAMS_QUERY);
		// autocomplete: every prefix of every word of the name, matched by what was typed so far
		context.analyzer(NAME_PREFIX).custom()
			.tokenizer(WhitespaceTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(EdgeNGramFilterFactory.class).param("minGramSize", "1").param("maxGramSize", "30");
		context.analyzer(NAME_PREFIX_QUERY).custom()
			.tokenizer(WhitespaceTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
		// 초성: the initial consonants of a name's syllables (written by OrganizationContentsBinder),
		// every run of two to twenty of them, so ㅎㅂㅂㅇㅋㄹ finds 행복베이커리 wherever it stands
		context.analyzer(INITIALS).custom()
			.tokenizer(KeywordTokenizerFactory.class)
			.tokenFilter(NGramFilterFactory.class).param("minGramSize", "2").param("maxGramSize", "20");
		context.analyzer(INITIALS_QUERY).custom()
			.tokenizer(KeywordTokenizerFactory.class);
		// names sort in 가나다 order by code point; case and full-width letters must not matter
		context.normalizer(SORT).custom()
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}
}
