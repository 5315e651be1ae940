package org.ieum.shared.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarksTests {

	@Test
	void textIsEscapedBeforeTheWordsOfTheQueryAreMarked() {
		assertThat(Marks.html("<b>협동조합</b> & Coop 안내", "협동조합 COOP"))
			.isEqualTo("&lt;b&gt;<mark>협동조합</mark>&lt;/b&gt; &amp; <mark>Coop</mark> 안내");
	}

	@Test
	void aQueryHoldingMarkupMarksOnlyText() {
		assertThat(Marks.html("a <script> b", "<script>")).isEqualTo("a <mark>&lt;script&gt;</mark> b");
	}

	@Test
	void aHighlightersMarksAreKeptAndTheRestEscaped() {
		assertThat(Marks.html("<i>" + Marks.OPEN + "마을" + Marks.CLOSE + "기업</i>", "무엇이든"))
			.isEqualTo("&lt;i&gt;<mark>마을</mark>기업&lt;/i&gt;");
		assertThat(Marks.fromMarkedHtml("&lt;i&gt;<mark>마을</mark>")).isEqualTo("<i>" + Marks.OPEN + "마을" + Marks.CLOSE);
	}

	@Test
	void aSnippetStandsAroundTheFirstMatch() {
		String text = "가".repeat(300) + " 청년 창업 " + "나".repeat(300);
		String snippet = Marks.snippet(text, "창업", 60);
		assertThat(snippet).contains("창업").startsWith("…").endsWith("…").hasSizeLessThanOrEqualTo(62);
	}

	@Test
	void theVisitorsWildcardsAreLiteralInALikePattern() {
		assertThat(Marks.likePattern(" 100%_달성! ")).isEqualTo("%100!%!_달성!!%");
	}
}
