package org.ieum.shared.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a header row by its headings, spelled as people spell them: spaces, punctuation,
 * brackets ("금액(원)") and case do not count, and each column may have several names.
 */
public final class TableHeader {

	private static final Pattern NOISE = Pattern.compile("[\\s\\p{Punct}·ㆍ※*]+");

	private TableHeader() {
	}

	/**
	 * The column of each known heading in these cells, provided every required one is there.
	 *
	 * @param names for each column this import reads, the headings it is known by
	 * @param required the columns without which the row is not the header
	 */
	public static Optional<Map<String, Integer>> match(List<String> cells, Map<String, List<String>> names,
			Set<String> required) {
		Map<String, String> byHeading = new HashMap<>();
		names.forEach((column, headings) -> headings.forEach(h -> byHeading.put(normalized(h), column)));
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String column = byHeading.get(normalized(cells.get(i)));
			if (column != null) {
				columns.putIfAbsent(column, i);
			}
		}
		return columns.keySet().containsAll(required) ? Optional.of(Map.copyOf(columns)) : Optional.empty();
	}

	static String normalized(String heading) {
		if (heading == null) {
			return "";
		}
		String text = heading.replaceAll("\\(.*?\\)", "");
		return NOISE.matcher(text).replaceAll("").toLowerCase(Locale.ROOT);
	}
}
