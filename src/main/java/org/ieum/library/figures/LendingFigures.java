package org.ieum.library.figures;

import java.util.Set;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ieum.library.LibraryApi;
import org.ieum.library.LibraryFigures;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** The library on the staff dashboard: loans per month with the active borrowers, and the most borrowed titles. */
@Component
public class LendingFigures implements FigureProvider {

	private final LibraryApi library;

	public LendingFigures(LibraryApi library) {
		this.library = library;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		LibraryFigures f = library.figures(scope.centerIds(), scope.asOf());
		if (f.loansByMonth().values().stream().allMatch(v -> v == 0)) {
			return List.of();
		}
		List<FigureRow> months = new ArrayList<>();
		f.loansByMonth().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
			YearMonth m = e.getKey();
			months.add(FigureRow.of("library.figures.month", e.getValue(), m.getYear(), m.getMonthValue()));
		});
		FigureRow borrowers = FigureRow.counted("library.figures.borrowers", f.activeBorrowers(), "figures.unit.people");
		List<FigureRow> loanRows = new ArrayList<>(months);
		loanRows.add(borrowers);
		List<FigureRow> titles = f.mostBorrowed().stream()
			.map(t -> FigureRow.of("library.figures.title", t.loans(), t.title())).toList();
		FigureTable loans = new FigureTable("library-loans", "library.figures.loans", "library.figures.unit", loanRows,
				"/admin/library/desk", FigureRow.of("library.figures.total", months.stream().mapToLong(FigureRow::value).sum()));
		if (titles.isEmpty()) {
			return List.of(loans);
		}
		// the tile's large figure is the most borrowed title itself
		return List.of(loans, new FigureTable("library-most-borrowed", "library.figures.mostBorrowed", "library.figures.unit",
				titles, "/admin/library", titles.get(0)));
	}

	/** Loans in each month of the year and the most borrowed titles of that year. */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return figures(new FigureScope(centerIds, year.atMonth(12).atEndOfMonth())).stream()
			.map(t -> t.titled(t.id().equals("library-loans") ? "report.figures.libraryLoans" : "report.figures.libraryTitles"))
			.toList();
	}
}
