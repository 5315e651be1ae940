package org.ieum.enterprises.search;

import org.apache.lucene.analysis.core.KeywordTokenizerFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.WhitespaceTokenizerFactory;
import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.ngram.EdgeNGramFilterFactory;
import org.apache.lucene.analysis.ngram.NGramFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the organization index. Text is indexed with Nori in MIXED decompound mode
 * (a compound such as 사회적협동조합 is kept whole and split into its parts) and searched in
 * DISCARD mode (the query is reduced to parts), so '협동조합' finds '사회적협동조합' and
 * '사회적 경제' finds '사회적경제' whatever the spacing. Hanja is read as Hangul (協同組合 is
 * 협동조합) on both sides. Domain words live in {@code search/userdict_ko.txt} (see the README).
 * <p>
 * Nori reads the same letters differently by context: 장애인 alone is 장애 + the copula 이, in
 * 장애인에게 it is 장애 + a suffix, in 발달장애인과 it is 발달 + 장애 + 인과 (cause and effect). So
 * the name, the main business and the products are also indexed as overlapping two-letter grams
 * ({@value #GRAMS}), and a word that Nori's reading misses is still found where it is written.
 */
public class KoreanAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "korean";
	static final String KOREAN_QUERY = "korean_query";
	static final String NAME_PREFIX = "name_prefix";
	static final String NAME_PREFIX_QUERY = "name_prefix_query";
	static final String GRAMS = "name_grams";
	static final String GRAMS_QUERY = "grams_query";
	static final String INITIALS = "initials";
	static final String INITIALS_QUERY = "initials_query";
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
		// any part of a text, as the directory's "name contains" did: Nori reads some made-up
		// names oddly (전주한지공방 as 주한/지공/방), overlapping two-letter grams never miss.
		// The index keeps single letters too (a one-letter word such as 빵 is found); a query of two
		// letters or more asks for its grams only (the lone letters would add nothing but work)
		context.analyzer(GRAMS).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "true");
		context.analyzer(GRAMS_QUERY).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", "false");
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
