package org.ieum.enterprises.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.ieum.support.IeumSpringTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whatever is typed in the search box is read as words: Lucene query syntax, broken Unicode,
 * control characters and very long text must give an ordinary answer (never a server error) on
 * the JSON API and on the directory page, full page and htmx fragment alike.
 */
@IeumSpringTest
class SearchInputFuzzTests {

	/** Pieces of query syntax and awkward text the random inputs are made of. */
	private static final List<String> PIECES = List.of("a~", "빵~", "협~", "조합~", "~", "~2", "~0.5", "*", "?", "빵*",
			"*빵", "?빵", "\"", "\"사회적 경제\"", "\"빵", "\\", "\\\\", " AND ", " OR ", " NOT ", "AND", "OR", "NOT", "&&",
			"||", "!", "+", "-", "(", ")", "((", "[", "]", "{", "}", "[1 TO 5]", "{a TO z}", "[* TO *]", "^", "^2", "빵^10",
			"/", "/regex/", "/[가-힣]+/", "/.*/", ":", "name:", "name:빵", "_id:1", "|", "&", "'", ";", "%", "%00", "<", ">",
			"<script>", "\u0000", "\u0007", "\t", "\n", "\r", "\u200B", "\uFEFF", "\uD800", "\uDC00", "\uDBFF\uDFFF",
			"😀", "👩‍👩‍👧", "\u0301", "ㅎ", "ㅎㅂ", "ㅎㅂㅂㅇㅋㄹ", "ᄒ", "123-45-67890", "1234567890", "123 45 67890", "0",
			"베이커리", "협동조합", "장애인", "共生", "ＡＢＣ", "ß", "İ", "𠀀", " ", "  ", "-1", "1e9", "NaN");

	private static final List<String> FIXED = List.of("a~", "빵~", "협~", "조합~", "~", "*", "?", "\"", "\\", "AND OR NOT",
			"[ TO ]", "[1 TO 5]", "/regex/", "/", "^", "빵^", "a~1", "a~~", "~~~", "\"\"", "()", "-", "+", "!", "\uD800",
			"\u0000", "x".repeat(5000), "빵".repeat(3000), "~".repeat(500), "ㅎ".repeat(300), "1".repeat(300),
			"가~ 나~ 다~ 라~ 마~ 바~ 사~ 아~ 자~ 차~ 카~ 타~ 파~ 하~");

	@Autowired
	MockMvc mvc;

	@Test
	void syntaxAndUnicodeNeverBreakTheApiOrTheDirectory() throws Exception {
		Random random = new Random(20261206L);
		List<String> inputs = new ArrayList<>(FIXED);
		for (int i = 0; i < 150; i++) {
			inputs.add(randomInput(random));
		}
		for (String q : inputs) {
			MockHttpServletResponse api = mvc.perform(get("/api/v1/organizations").param("scope", "busan").param("q", q))
				.andReturn().getResponse();
			assertThat(api.getStatus()).as("API for %s", printable(q)).isEqualTo(200);
			String json = api.getContentAsString();
			Number total = JsonPath.read(json, "$.total");
			List<?> items = JsonPath.read(json, "$.items");
			assertThat(total.longValue()).as(printable(q)).isGreaterThanOrEqualTo(items.size());

			MockHttpServletResponse page = mvc.perform(get("/c/busan/organizations").param("q", q)).andReturn().getResponse();
			assertThat(page.getStatus()).as("page for %s", printable(q)).isEqualTo(200);
			assertThat(page.getContentAsString()).as(printable(q)).contains("id=\"search-results\"", "<h1");
			MockHttpServletResponse fragment = mvc.perform(get("/c/busan/organizations").param("q", q)
				.param("sort", "NAME").header("HX-Request", "true")).andReturn().getResponse();
			assertThat(fragment.getStatus()).as("fragment for %s", printable(q)).isEqualTo(200);
			assertThat(fragment.getContentAsString()).as(printable(q)).contains("id=\"search-results\"");
		}
	}

	@Test
	void shortFuzzyLookingWordsAreReadAsWords() throws Exception {
		// 빵~ is the word 빵: the same organizations as 빵, and no error in the highlighter
		String plain = mvc.perform(get("/api/v1/organizations").param("scope", "busan").param("q", "식빵"))
			.andReturn().getResponse().getContentAsString();
		String tilde = mvc.perform(get("/api/v1/organizations").param("scope", "busan").param("q", "식빵~"))
			.andReturn().getResponse().getContentAsString();
		assertThat((Number) JsonPath.read(plain, "$.total")).isNotEqualTo(0);
		assertThat(JsonPath.<List<Object>>read(tilde, "$.items[*].id")).isEqualTo(JsonPath.<List<Object>>read(plain, "$.items[*].id"));
		assertThat(mvc.perform(get("/c/busan/organizations").param("q", "빵~")).andReturn().getResponse().getStatus())
			.isEqualTo(200);
		// a wildcard is not a way to ask for everything one letter at a time
		String star = mvc.perform(get("/api/v1/organizations").param("scope", "busan").param("q", "행*"))
			.andReturn().getResponse().getContentAsString();
		String word = mvc.perform(get("/api/v1/organizations").param("scope", "busan").param("q", "행"))
			.andReturn().getResponse().getContentAsString();
		assertThat((Number) JsonPath.read(star, "$.total")).isEqualTo(JsonPath.read(word, "$.total"));
	}

	private static String randomInput(Random random) {
		StringBuilder b = new StringBuilder();
		int parts = 1 + random.nextInt(6);
		for (int p = 0; p < parts; p++) {
			switch (random.nextInt(4)) {
				case 0 -> b.append(PIECES.get(random.nextInt(PIECES.size())));
				case 1 -> {
					// any code unit at all, lone surrogates and controls included
					int n = 1 + random.nextInt(8);
					for (int i = 0; i < n; i++) {
						b.append((char) random.nextInt(0x10000));
					}
				}
				case 2 -> {
					int n = 1 + random.nextInt(4);
					for (int i = 0; i < n; i++) {
						b.append((char) ('가' + random.nextInt(11172)));
					}
				}
				default -> b.append(PIECES.get(random.nextInt(PIECES.size()))).append(' ')
					.append(PIECES.get(random.nextInt(PIECES.size())));
			}
		}
		if (random.nextInt(20) == 0) {
			b.append("가".repeat(1000 + random.nextInt(4000)));
		}
		return b.toString();
	}

	private static String printable(String q) {
		StringBuilder b = new StringBuilder();
		q.chars().limit(80).forEach(c -> b.append(c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) ? String.format("\\u%04X", c) : String.valueOf((char) c)));
		return b.toString();
	}
}
