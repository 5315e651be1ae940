package org.ieum.enterprises.search;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the organization index. Text is indexed with Nori in MIXED decompound mode
 * (a compound such as 사회적협동조합 is kept whole and split into its parts) and searched in
 * DISCARD mode (the query is reduced to parts), so '협동조합' finds '사회적협동조합' and
 * '사회적 경제' finds '사회적경제' whatever the spacing. Hanja is read as Hangul (協同組合 is
 * 협동조합) on both sides. Domain words live in {@code search/userdict_ko.txt} (see the README).
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "korean";
	static final String KOREAN_QUERY = "korean_query";
	static final String NAME_PREFIX = "name_prefix";
	static final String NAME_PREFIX_QUERY = "name_prefix_query";
	static final String NAME_GRAMS = "name_grams";
	static final String SORT = "sort";
	static final String USER_DICTIONARY = "search/userdict_ko.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		korean(context, KOREAN, "mixed");
		korean(context, KOREAN_QUERY, "discard");
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
		// any part of a name, as the directory's "name contains" did: Nori reads some made-up
		// names oddly (전주한지공방 as 주한/지공/방), overlapping two-letter grams never miss
		context.analyzer(NAME_GRAMS).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
		// names sort in 가나다 order by code point; case and full-width letters must not matter
		context.normalizer(SORT).custom()
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	private static void korean(LuceneAnalysisConfigurationContext context, String name, String decompound) {
		context.analyzer(name).custom()
			.tokenizer(KoreanTokenizerFactory.class)
				.param("decompoundMode", decompound)
				.param("userDictionary", USER_DICTIONARY)
				.param("discardPunctuation", "true")
			.tokenFilter(KoreanPartOfSpeechStopFilterFactory.class)
			.tokenFilter(KoreanReadingFormFilterFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class);
	}
}
