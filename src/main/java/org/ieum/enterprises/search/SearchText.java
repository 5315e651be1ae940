package org.ieum.enterprises.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a visitor typed in the search box, read as plain words: no query syntax (a {@code ~},
 * {@code *}, quote, bracket or {@code AND} is an ordinary character or word), so no input can
 * ask for an expensive or failing query. Besides words, the text may be a business number in any
 * spelling (123-45-67890, 1234567890, 123 45 67890) or a run of initial consonants (초성, ㅎㅂㅂㅇㅋㄹ).
 *
 * @param words letters and digits only, split where anything else stood, at most {@value #MAX_WORDS}
 * @param businessNumber the ten digits when the text is a business number, otherwise null
 * @param initials the consonants (spaces removed) when the text is only initial consonants, otherwise null
 */
record SearchText(List<String> words, String businessNumber, String initials) {

	static final int MAX_WORDS = 10;
	private static final Pattern NUMBER = Pattern.compile("[0-9\\s\\-./]+");
	/** The nineteen initial consonants in the order of Hangul syllables, as compatibility letters. */
	static final String CONSONANTS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

	static SearchText of(String typed) {
		String text = typed == null ? "" : typed;
		String digits = text.replaceAll("[^0-9]", "");
		String number = NUMBER.matcher(text.strip()).matches() && digits.length() == 10 ? digits : null;
		return new SearchText(words(text), number, consonants(text));
	}

	boolean empty() {
		return words.isEmpty() && businessNumber == null && initials == null;
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		text.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c)) {
				word.appendCodePoint(c);
			}
			else if (!word.isEmpty()) {
				words.add(word.toString());
				word.setLength(0);
			}
		});
		if (!word.isEmpty()) {
			words.add(word.toString());
		}
		return words.stream().distinct().limit(MAX_WORDS).toList();
	}

	/** The typed initial consonants, or null when the text is anything else or a single letter. */
	private static String consonants(String text) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				continue;
			}
			if (c >= '\u1100' && c <= '\u1112') {
				// a conjoining initial (ᄒ) is the same consonant as the compatibility letter (ㅎ)
				c = CONSONANTS.charAt(c - '\u1100');
			}
			if (CONSONANTS.indexOf(c) < 0) {
				return null;
			}
			b.append(c);
		}
		return b.length() >= 2 ? b.toString() : null;
	}

	/** The initial consonant of every Hangul syllable of {@code name}, in order; everything else left out. */
	static String initialsOf(String name) {
		if (name == null) {
			return "";
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= '가' && c <= '힣') {
				b.append(CONSONANTS.charAt((c - '가') / (21 * 28)));
			}
		}
		return b.toString();
	}

	/** 을 after a closed syllable, 를 after an open one, both spelled out when it cannot be told. */
	static String objectParticle(String word) {
		if (word == null || word.isEmpty()) {
			return "을(를)";
		}
		char last = word.charAt(word.length() - 1);
		if (last >= '가' && last <= '힣') {
			return (last - '가') % 28 == 0 ? "를" : "을";
		}
		return "을(를)";
	}
}
