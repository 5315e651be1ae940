package org.ieum.stats.cohorts;

import java.util.ArrayList;
import java.util.List;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/**
 * Cohorts on the public statistics pages: per cohort of the centers in scope, its size and how many of its
 * organizations were founded, designated and certified within 1, 2 and 3 years of its start. Counts only, never an
 * organization's name.
 */
@Component
class CohortFigures implements FigureProvider {

	static final String ID = "cohort-progress";

	private final Cohorts cohorts;

	CohortFigures(Cohorts cohorts) {
		this.cohorts = cohorts;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		return List.of();
	}

	@Override
	public List<FigureTable> publicFigures(FigureScope scope) {
		List<Cohorts.Progressed> all = cohorts.progressOf(scope.centerIds(), scope.asOf());
		if (all.isEmpty()) {
			return List.of();
		}
		List<FigureRow> rows = new ArrayList<>();
		for (Cohorts.Progressed cohort : all) {
			CohortProgress p = cohort.progress();
			rows.add(FigureRow.of("cohorts.public.members", p.members(), cohort.name(), p.startsOn().toString()));
			for (CohortProgress.Row row : p.rows()) {
				for (int year = 1; year <= CohortProgress.YEARS; year++) {
					String key = "cohorts.public." + row.milestone() + (p.yearsEnded().get(year - 1) ? "" : ".open");
					rows.add(FigureRow.of(key, row.withinYears().get(year - 1), cohort.name(), year));
				}
			}
		}
		return List.of(new FigureTable(ID, "cohorts.public.title", "cohorts.unit", rows, null));
	}
}
