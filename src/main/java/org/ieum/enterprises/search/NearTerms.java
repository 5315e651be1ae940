package org.ieum.enterprises.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Words of the index that are spelled almost like a given one, for "did you mean": the terms
 * of the given fields within one edit (a letter added, left out, changed or two swapped; two
 * edits for words of six letters or more), nearest first, then the most frequent. Words of one
 * or two letters get none: too many words are one letter away from them. A Hangul syllable
 * counts as one letter, so 베이커라 is one edit from 베이커리.
 */
final class NearTerms {

	/** How many candidate terms are looked at per field at most. */
	private static final int MAX_SEEN = 500;

	private record Candidate(String term, int distance, long frequency) {
	}

	private NearTerms() {
	}

	/**
	 * With {@code longerFirst} (for initials, indexed as every run of them), a run shorter than
	 * the typed one is only a part of what was typed and is not offered, and at the same distance
	 * a consonant left out (a longer run) comes before one mistyped.
	 */
	static List<String> near(IndexReader reader, String[] fields, String word, int max, boolean longerFirst)
			throws IOException {
		String typed = word.toLowerCase(Locale.ROOT);
		int length = typed.codePointCount(0, typed.length());
		if (length < 3) {
			return List.of();
		}
		int edits = length >= 6 ? 2 : 1;
		Map<String, Candidate> found = new HashMap<>();
		for (String field : fields) {
			Terms terms = MultiTerms.getTerms(reader, field);
			if (terms == null) {
				continue;
			}
			FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(field, typed), edits, 0, true);
			BytesRef term;
			int seen = 0;
			while ((term = near.next()) != null && seen++ < MAX_SEEN) {
				String text = term.utf8ToString();
				int candidateLength = text.codePointCount(0, text.length());
				if (text.equals(typed) || candidateLength < 2 || (longerFirst && candidateLength < length)) {
					continue;
				}
				int distance = distance(typed, text);
				long frequency = near.docFreq();
				found.merge(text, new Candidate(text, distance, frequency), (a, b) -> new Candidate(a.term(),
						Math.min(a.distance(), b.distance()), a.frequency() + b.frequency()));
			}
		}
		List<Candidate> candidates = new ArrayList<>(found.values());
		Comparator<Candidate> order = Comparator.comparingInt(Candidate::distance);
		if (longerFirst) {
			order = order.thenComparing(Comparator.comparingInt((Candidate c) -> c.term().length()).reversed());
		}
		candidates.sort(order.thenComparing(Comparator.comparingLong(Candidate::frequency).reversed())
			.thenComparing(Candidate::term));
		return candidates.stream().limit(max).map(Candidate::term).toList();
	}

	/** Edits between two words by code point (Damerau: a swap of neighbours is one edit). */
	static int distance(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[][] d = new int[x.length + 1][y.length + 1];
		for (int i = 0; i <= x.length; i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= y.length; j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			for (int j = 1; j <= y.length; j++) {
				int cost = x[i - 1] == y[j - 1] ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[x.length][y.length];
	}
}
