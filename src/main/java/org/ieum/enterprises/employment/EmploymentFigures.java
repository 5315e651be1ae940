package org.ieum.enterprises.employment;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jobs over time for the staff dashboard and the yearly report, counted from the employment records of the centers'
 * organizations: per year "N개 조직이 새 일자리 M개를 만들었습니다" (the organizations with figures for that year and
 * their new hires), and the paid workers with those from vulnerable groups. The dashboard shows the last five years
 * up to the reference date's; years without figures are left out, and so is the whole tile when there are none.
 */
@Component
class EmploymentFigures implements FigureProvider {

	/** How many years the dashboard's series reaches back, the reference date's year included. */
	static final int YEARS = 5;

	static final String LINK = "/admin/organizations/employment/import";

	private final Employment employment;

	EmploymentFigures(Employment employment) {
		this.employment = employment;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> figures(FigureScope scope) {
		int to = scope.asOf().getYear();
		return tables(employment.totals(scope.centerIds(), to - YEARS + 1, to));
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return tables(employment.totals(centerIds, year.getValue(), year.getValue()));
	}

	private static List<FigureTable> tables(List<YearTotal> totals) {
		if (totals.isEmpty()) {
			return List.of();
		}
		List<FigureRow> jobs = new ArrayList<>();
		List<FigureRow> workforce = new ArrayList<>();
		for (YearTotal t : totals) {
			String year = String.valueOf(t.year());
			jobs.add(FigureRow.of("employment.figures.created", t.newHires(), year, t.organizations()));
			workforce.add(FigureRow.of("employment.figures.employees", t.employees(), year));
			workforce.add(FigureRow.of("employment.figures.vulnerable", t.vulnerable(), year));
		}
		// the latest year speaks for the tile: the sentence centers publish, and its workforce
		return List.of(
				new FigureTable("employment-new-jobs", "employment.figures.newJobs", "employment.unit.jobs", jobs, LINK,
						jobs.get(jobs.size() - 1)),
				new FigureTable("employment-workforce", "employment.figures.workforce", "employment.unit.people",
						workforce, LINK, workforce.get(workforce.size() - 2)));
	}
}
