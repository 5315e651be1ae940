package org.ieum.consulting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** Consulting on the staff dashboard: sessions and people served, hours by field, satisfaction. */
@Component
class ServiceFigures implements FigureProvider {

	private final ConsultingApi consulting;

	ServiceFigures(ConsultingApi consulting) {
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
		return List.of(
				new FigureTable("consulting-sessions", "consulting.figures.sessions", "consulting.figures.count",
						List.of(FigureRow.of("consulting.figures.sessionsRow", f.sessions(), year),
								FigureRow.of("consulting.figures.peopleRow", f.peopleServed(), year)),
						"/admin/consulting"),
				new FigureTable("consulting-hours", "consulting.figures.hours", "consulting.figures.hoursUnit", hours,
						"/admin/consulting"),
				new FigureTable("consulting-satisfaction", "consulting.figures.satisfaction",
						"consulting.figures.satisfactionUnit",
						List.of(FigureRow.of("consulting.figures.ratings", f.ratings()),
								FigureRow.of("consulting.figures.averageTenths", f.averageRatingTenths())),
						"/admin/consulting"));
	}
}
