package org.ieum.content.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What survives of a post's body: the allowlist keeps formatting and drops everything that runs or loads. */
class RichTextTests {

	@Test
	void aScriptIsDroppedWithItsContentAndTheRestOfThePostStays() {
		RichText.Body body = RichText.of("<p>센터 소식</p><script>alert('x')</script><p>둘째 문단</p>");
		assertThat(body.html()).isEqualTo("<p>센터 소식</p><p>둘째 문단</p>");
		assertThat(body.text()).isEqualTo("센터 소식\n둘째 문단");
	}

	@Test
	void eventHandlersAreRemovedFromEveryElement() {
		RichText.Body body = RichText.of("<p onclick=\"steal()\">안내</p><a href=\"https://ieum.kr\" onmouseover=\"x()\">링크</a>"
				+ "<img src=\"/content/files/12\" alt=\"사진\" onerror=\"alert(1)\">");
		assertThat(body.html()).doesNotContain("onclick", "onmouseover", "onerror", "steal", "alert")
			.contains("<p>안내</p>", "href=\"https://ieum.kr\"", "src=\"/content/files/12\"", "alt=\"사진\"");
	}

	@Test
	void javascriptAndDataUrlsAreDroppedWhateverTheirSpelling() {
		RichText.Body body = RichText.of("<a href=\"javascript:alert(1)\">하나</a><a href=\" JaVaScRiPt:alert(1)\">둘</a>"
				+ "<a href=\"&#106;avascript:alert(1)\">셋</a><a href=\"data:text/html;base64,PHNjcmlwdD4=\">넷</a>"
				+ "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"><a href=\"vbscript:msgbox\">다섯</a>");
		assertThat(body.html()).doesNotContainIgnoringCase("javascript").doesNotContain("data:", "vbscript", "<img", "href");
		assertThat(body.text()).isEqualTo("하나둘셋넷다섯");
	}

	@Test
	void stylesAndStyleExpressionsGoEntirely() {
		RichText.Body body = RichText.of("<p style=\"width: expression(alert(1))\">본문</p>"
				+ "<style>body { background: url(javascript:alert(1)) }</style><div style=\"behavior: url(x.htc)\">끝</div>");
		assertThat(body.html()).doesNotContain("style", "expression", "behavior", "javascript").contains("<p>본문</p>", "끝");
	}

	@Test
	void imagesOnlyFromOurOwnAttachmentsAndLinksOnlyToWebAndMail() {
		RichText.Body body = RichText.of("<img src=\"https://tracker.example/pixel.gif\" alt=\"a\"><img src=\"/content/files/7\" alt=\"b\">"
				+ "<a href=\"mailto:center@ieum.kr\">메일</a><a href=\"ftp://files.example\">ftp</a><iframe src=\"https://x\"></iframe>");
		assertThat(body.html()).doesNotContain("tracker", "ftp:", "iframe")
			.contains("<img src=\"/content/files/7\" alt=\"b\" />", "href=\"mailto:center&#64;ieum.kr\"");
	}

	@Test
	void headingsListsTablesStayAndATitleLevelHeadingBecomesASubheading() {
		RichText.Body body = RichText.of("<h1>큰 제목</h1><h3>소제목</h3><ul><li>하나</li></ul>"
				+ "<table><tr><th scope=\"col\" colspan=\"2\">항목</th></tr><tr><td>1</td><td>2</td></tr></table>");
		assertThat(body.html()).startsWith("<h2>큰 제목</h2><h3>소제목</h3><ul><li>하나</li></ul><table>")
			.contains("<th scope=\"col\" colspan=\"2\">항목</th>");
	}

	@Test
	void linksGetNoOpenerSoAPageCannotReachBack() {
		assertThat(RichText.of("<a href=\"https://ieum.kr\" target=\"_blank\">이음</a>").html())
			.containsPattern("rel=\"(noopener noreferrer|noreferrer noopener)\"");
	}

	@Test
	void plainTextBecomesParagraphsAndItsAngleBracketsStayText() {
		RichText.Body body = RichText.plain("첫 줄\n둘째 줄\n\n<b>굵게</b> & 끝");
		assertThat(body.html()).isEqualTo("<p>첫 줄<br>둘째 줄</p><p>&lt;b&gt;굵게&lt;/b&gt; &amp; 끝</p>");
		assertThat(body.text()).isEqualTo("첫 줄\n둘째 줄\n<b>굵게</b> & 끝");
	}
}
