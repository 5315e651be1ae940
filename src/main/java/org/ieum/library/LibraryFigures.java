package org.ieum.library;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * What statistics may read about the library of some centers: loans per month (oldest first),
 * how many different members borrowed, and the most borrowed titles with their loan counts.
 */
public record LibraryFigures(Map<YearMonth, Long> loansByMonth, long activeBorrowers, List<TitleCount> mostBorrowed) {

	public record TitleCount(String title, long loans) {
	}

	public LibraryFigures {
		loansByMonth = Map.copyOf(loansByMonth);
		mostBorrowed = List.copyOf(mostBorrowed);
	}
}
