package org.ieum.consulting.figures;

import java.util.Set;
import java.time.Year;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ieum.consulting.ConsultingApi;
import org.ieum.consulting.ConsultingFigures;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** Consulting on the staff dashboard: sessions and people served, hours by field, satisfaction. */
@Component
public class ServiceFigures implements FigureProvider {

	private final ConsultingApi consulting;

	public ServiceFigures(ConsultingApi consulting) {
		this.consulting = consulting;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		int year = scope.asOf().getYear();
		Instant until = scope.asOf().plusDays(1).atStartOfDay(Seoul.ZONE).toInstant();
		ConsultingFigures f = consulting.figures(scope.centerIds(), year, until);
		if (f.sessions() == 0 && f.ratings() == 0) {
			return List.of();
		}
		List<FigureRow> hours = new ArrayList<>();
		for (Map.Entry<String, Long> e : f.minutesByField().entrySet()) {
			hours.add(FigureRow.of("consulting.area." + e.getKey(), Math.round(e.getValue() / 60.0)));
		}
		// each row in its own unit: sessions are not people, and an average is not a count
		FigureRow sessions = FigureRow.counted("figures.consulting.sessions", f.sessions(), "figures.unit.times", year);
		FigureRow average = FigureRow.tenths("figures.consulting.average", f.averageRatingTenths(), "figures.points.unit");
		return List.of(
				new FigureTable("consulting-sessions", "consulting.figures.sessions", "figures.unit.times",
						List.of(sessions, FigureRow.counted("figures.consulting.people", f.peopleServed(),
								"figures.unit.people", year)),
						"/admin/consulting", sessions),
				FigureTable.summed("consulting-hours", "consulting.figures.hours", "consulting.figures.hoursUnit", hours,
						"/admin/consulting"),
				new FigureTable("consulting-satisfaction", "consulting.figures.satisfaction", "figures.unit.cases",
						List.of(FigureRow.counted("figures.consulting.ratings", f.ratings(), "figures.unit.cases"), average),
						"/admin/consulting", f.ratings() == 0 ? null : average));
	}

	/** The year's sessions, people, hours by field and satisfaction: the dashboard's figures counted to 31 December. */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return figures(new FigureScope(centerIds, year.atMonth(12).atEndOfMonth()));
	}
}
