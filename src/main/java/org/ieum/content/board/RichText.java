package org.ieum.content.board;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * The body of a post as safe HTML. Whatever staff or members send goes through the OWASP
 * HTML Sanitizer with an allowlist: headings, paragraphs, lists, quotes, tables, links to
 * http, https and mailto addresses only, and images only from this site's own attachment
 * addresses. Scripts, event handlers, styles, frames, forms and every other URL scheme
 * (javascript:, data:, vbscript:) are dropped; the rest of the text stays, so the post still
 * saves. Text without any tag is taken as plain text: blank lines make paragraphs.
 */
public final class RichText {

	/** Sanitized HTML and its plain text (for search, summaries and feeds). */
	public record Body(String html, String text) {

		public boolean isEmpty() {
			return text.isBlank() && !html.contains("<img");
		}
	}

	/** Images come only from this site's own attachments. */
	public static final Pattern OWN_IMAGE = Pattern.compile("/content/files/[0-9]{1,18}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "b", "i", "u", "s", "sub", "sup",
				"blockquote", "hr", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "figure",
				"figcaption")
		// the page's own title is its h1: a heading in the body starts one level below
		.allowElements((name, attributes) -> "h2", "h1")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href").onElements("a")
		.requireRelsOnLinks("noopener", "noreferrer")
		.allowAttributes("src").matching(OWN_IMAGE).onElements("img")
		.allowAttributes("alt").onElements("img")
		// a picture whose address was not one of ours is dropped whole, not left as an empty frame
		.allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
		.allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
		.allowAttributes("scope").matching(true, "row", "col", "rowgroup", "colgroup").onElements("th")
		.toFactory();

	private static final Pattern ANY_TAG = Pattern.compile("<[a-zA-Z!/]");

	private static final Set<String> BLOCKS = Set.of("p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td",
			"th", "blockquote", "hr", "table", "caption", "figcaption", "div");

	private RichText() {
	}

	/** What the editor sent, made safe: HTML through the allowlist, plain text into paragraphs. */
	public static Body of(String input) {
		String source = input == null ? "" : input.strip();
		String html = ANY_TAG.matcher(source).find() ? POLICY.sanitize(source) : paragraphs(source);
		return new Body(html, text(html));
	}

	/** Plain text, each blank-line separated block a paragraph and each line break kept. */
	public static Body plain(String input) {
		String html = paragraphs(input == null ? "" : input.strip());
		return new Body(html, text(html));
	}

	private static String paragraphs(String text) {
		if (text.isEmpty()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String block : text.split("\\R\\s*\\R")) {
			String lines = String.join("<br>", escape(block.strip()).lines().map(String::strip).toList());
			html.append("<p>").append(lines).append("</p>");
		}
		return html.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&#34;");
	}

	/** The text of sanitized HTML, entities decoded, one line per block. */
	static String text(String html) {
		StringBuilder out = new StringBuilder();
		HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
			@Override
			public void openDocument() {
			}

			@Override
			public void closeDocument() {
			}

			@Override
			public void openTag(String elementName, List<String> attrs) {
				if (BLOCKS.contains(elementName)) {
					out.append('\n');
				}
			}

			@Override
			public void closeTag(String elementName) {
				if (BLOCKS.contains(elementName)) {
					out.append('\n');
				}
			}

			@Override
			public void text(String textChunk) {
				out.append(textChunk);
			}
		});
		return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" ?\\n[\\s]*", "\n").strip();
	}

	/** The first characters of the text on one line, for lists, feeds and search results. */
	public static String summary(String text, int length) {
		String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		return line.length() <= length ? line : line.substring(0, length) + "…";
	}
}
