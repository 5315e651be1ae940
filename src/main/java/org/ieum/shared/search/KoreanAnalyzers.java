package org.ieum.shared.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;

/**
 * How every search index reads Korean, for the analysis configurer of each index (which names its
 * analyzers, so that no two indexes' names clash). Text is read by Nori, indexed in MIXED
 * decompound mode (a compound such as 사회적협동조합 is kept whole and split into its parts) and
 * searched in DISCARD mode (the query is reduced to parts), so '협동조합' finds '사회적협동조합' and
 * '사회적 경제' finds '사회적경제' whatever the spacing; Hanja is read as Hangul (協同組合 is 협동조합)
 * on both sides. Domain words live in the user dictionary {@value #USER_DICTIONARY}.
 * <p>
 * Nori reads the same letters differently by context (장애인 alone is 장애 + the copula 이, in
 * 발달장애인과 it is 발달 + 장애 + 인과), so a text may also be kept as overlapping two-letter
 * grams: a word that Nori's reading misses is still found where it is written.
 */
public final class KoreanAnalyzers {

	/** The user dictionary resource (one word a line, see the README). */
	public static final String USER_DICTIONARY = "search/userdict_ko.txt";

	private KoreanAnalyzers() {
	}

	/** Defines the analyzer of indexed text ({@code text}) and of the words searched for ({@code query}). */
	public static void korean(LuceneAnalysisConfigurationContext context, String text, String query) {
		nori(context, text, "mixed");
		nori(context, query, "discard");
	}

	/**
	 * Defines the two-letter grams of indexed text ({@code text}, which keeps single letters too, so
	 * a one-letter word such as 빵 is found) and of the words searched for ({@code query}: a query of
	 * two letters or more asks for its grams only, the lone letters would add nothing but work).
	 */
	public static void grams(LuceneAnalysisConfigurationContext context, String text, String query) {
		bigrams(context, text, true);
		bigrams(context, query, false);
	}

	private static void nori(LuceneAnalysisConfigurationContext context, String name, String decompound) {
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

	private static void bigrams(LuceneAnalysisConfigurationContext context, String name, boolean unigrams) {
		context.analyzer(name).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(CJKWidthFilterFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(CJKBigramFilterFactory.class).param("outputUnigrams", String.valueOf(unigrams));
	}
}
