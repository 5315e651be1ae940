package org.ieum.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.ieum.support.IeumSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The organization directory and the posts read Korean the same way: a compound is found by its
 * parts whatever the spacing, Hanja is read as Hangul, and the user dictionary's words are kept
 * whole, in both indexes.
 */
@IeumSpringTest
class KoreanAnalyzersTests {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void organizationsAndPostsSplitAndReadKoreanTextAlike() throws IOException {
		for (String text : List.of("사회적협동조합", "우리밀제과 체험", "協同組合 공정무역", "Full-Width ＡＢＣ")) {
			assertThat(tokens("post_korean", text)).isEqualTo(tokens("korean", text));
			assertThat(tokens("post_korean_query", text)).isEqualTo(tokens("korean_query", text));
			assertThat(tokens("post_grams", text)).isEqualTo(tokens("name_grams", text));
			assertThat(tokens("post_grams_query", text)).isEqualTo(tokens("grams_query", text));
		}
		// indexed whole and in parts; searched for by its parts
		assertThat(tokens("post_korean", "사회적협동조합")).contains("협동", "조합");
		assertThat(tokens("korean_query", "사회적 협동조합")).contains("협동", "조합");
		// the user dictionary: 우리밀제과 is 우리밀 + 제과, not Nori's own 우리 + 밀제
		assertThat(tokens("post_korean", "우리밀제과")).contains("우리밀", "제과").doesNotContain("밀제");
		assertThat(tokens("korean_query", "協同組合")).contains("협동");
	}

	private List<String> tokens(String analyzerName, String text) throws IOException {
		Analyzer analyzer = Search.mapping(entityManagerFactory).backend().unwrap(LuceneBackend.class)
			.analyzer(analyzerName).orElseThrow(() -> new AssertionError("no analyzer " + analyzerName));
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		return tokens;
	}
}
