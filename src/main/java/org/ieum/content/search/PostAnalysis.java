package org.ieum.content.search;

import org.apache.lucene.analysis.cjk.CJKBigramFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilterFactory;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilterFactory;
import org.apache.lucene.analysis.ko.KoreanTokenizerFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the post index, beside the directory's own (Hibernate Search takes a list of
 * configurers for the backend, {@code hibernate.search.backend.analysis.configurer} in
 * application.yml; every name here starts with {@code post_} so none clashes). Text is read by
 * Nori like the directory's: indexed in MIXED decompound mode (a compound kept whole and split),
 * searched in DISCARD mode, Hanja read as Hangul, with the same user dictionary resource. Titles
 * are also kept as two-letter grams, so a word Nori reads otherwise is still found in a title.
 */
public class PostAnalysis implements LuceneAnalysisConfigurer {

	static final String KOREAN = "post_korean";
	static final String KOREAN_QUERY = "post_korean_query";
	static final String GRAMS = "post_grams";
	static final String GRAMS_QUERY = "post_grams_query";
	static final String USER_DICTIONARY = "search/userdict_ko.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		korean(context, KOREAN, "mixed");
		korean(context, KOREAN_QUERY, "discard");
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
