package org.ieum.centers;

import java.util.Set;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Visitors per month over the last twelve months, all sites of the centers in scope together. */
@Component
class VisitorFigures implements FigureProvider {

	static final int MONTHS = 12;

	private final CenterDirectory directory;
	private final VisitorLog visitors;

	VisitorFigures(CenterDirectory directory, VisitorLog visitors) {
		this.directory = directory;
		this.visitors = visitors;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> figures(FigureScope scope) {
		YearMonth to = YearMonth.from(scope.asOf());
		YearMonth from = to.minusMonths(MONTHS - 1);
		long[] totals = new long[MONTHS];
		for (long centerId : scope.centerIds()) {
			for (Site site : directory.sitesOf(centerId)) {
				List<MonthlyVisitors> series = visitors.monthly(site.getId(), from, to);
				for (int i = 0; i < series.size(); i++) {
					totals[i] += series.get(i).visitors();
				}
			}
		}
		List<FigureRow> rows = new ArrayList<>();
		for (int i = 0; i < MONTHS; i++) {
			YearMonth month = from.plusMonths(i);
			rows.add(FigureRow.of("centers.figures.month", totals[i], month.getYear(), month.getMonthValue()));
		}
		return List.of(FigureTable.summed("visitors-by-month", "centers.figures.visitors", "centers.figures.people", rows,
				"/admin/centers"));
	}

	/** The twelve months of the year: the dashboard's last twelve months counted back from 31 December. */
	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return figures(new FigureScope(centerIds, year.atMonth(12).atEndOfMonth())).stream()
			.filter(t -> t.rows().stream().anyMatch(r -> r.value() != 0))
			.map(t -> t.titled("report.figures.visitors"))
			.toList();
	}
}
