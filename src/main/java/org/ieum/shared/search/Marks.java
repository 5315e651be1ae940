package org.ieum.shared.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/**
 * Highlighting of search results: text is escaped first and only then are matches wrapped in
 * {@code <mark>}, so a title or a query holding markup is shown as text, never run.
 */
public final class Marks {

	/** Private-use characters a highlighter puts around a match (never in stored text). */
	public static final String OPEN = "\uE000";
	public static final String CLOSE = "\uE001";

	/** The longest query the site search accepts. */
	public static final int MAX_QUERY = 100;

	private Marks() {
	}

	/**
	 * Safe HTML of a text with its matches marked: the highlighter's marks where it left them,
	 * otherwise every occurrence of a word of the query, whatever its case.
	 */
	public static String html(String text, String query) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		if (text.contains(OPEN)) {
			return HtmlUtils.htmlEscape(text).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
		}
		String plain = text.replace(CLOSE, "");
		boolean[] marked = new boolean[plain.length()];
		String lower = plain.toLowerCase(Locale.ROOT);
		if (lower.length() != plain.length()) {
			// a letter whose lower case is longer would shift every position: match as written
			lower = plain;
		}
		for (String word : words(query)) {
			for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + word.length())) {
				Arrays.fill(marked, at, Math.min(plain.length(), at + word.length()), true);
			}
		}
		StringBuilder html = new StringBuilder(plain.length() + 32);
		int i = 0;
		while (i < plain.length()) {
			int j = i;
			while (j < plain.length() && marked[j] == marked[i]) {
				j++;
			}
			String part = HtmlUtils.htmlEscape(plain.substring(i, j));
			html.append(marked[i] ? "<mark>" + part + "</mark>" : part);
			i = j;
		}
		return html.toString();
	}

	/**
	 * Back from a source's own safe HTML (escaped text with {@code <mark>} around matches) to
	 * plain text with {@link #OPEN} and {@link #CLOSE}, so {@link #html} draws it like the others.
	 */
	public static String fromMarkedHtml(String html) {
		if (html == null) {
			return null;
		}
		return HtmlUtils.htmlUnescape(html.replace("<mark>", OPEN).replace("</mark>", CLOSE));
	}

	/** About {@code length} characters of a text around the first word of the query it holds. */
	public static String snippet(String text, String query, int length) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String plain = text.strip().replaceAll("\\s+", " ");
		if (plain.length() <= length) {
			return plain;
		}
		String lower = plain.toLowerCase(Locale.ROOT);
		int first = -1;
		for (String word : words(query)) {
			int at = lower.indexOf(word);
			if (at >= 0 && (first < 0 || at < first)) {
				first = at;
			}
		}
		int start = first < 0 ? 0 : Math.max(0, first - length / 3);
		int end = Math.min(plain.length(), start + length);
		return (start > 0 ? "…" : "") + plain.substring(start, end) + (end < plain.length() ? "…" : "");
	}

	/**
	 * A {@code like} pattern (escape character {@code !}, the same on H2 and PostgreSQL) that finds
	 * the query as it is written, case-insensitively against a lower-cased column; the visitor's
	 * {@code %} and {@code _} are taken literally.
	 */
	public static String likePattern(String query) {
		String escaped = query.strip().toLowerCase(Locale.ROOT)
			.replace("!", "!!").replace("%", "!%").replace("_", "!_");
		return "%" + escaped + "%";
	}

	static List<String> words(String query) {
		List<String> words = new ArrayList<>();
		if (query == null) {
			return words;
		}
		for (String word : query.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
			if (!word.isEmpty() && !words.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}
}
