package org.ieum.market.fairs;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Markets and fairs on the staff dashboard (the reference date's year) and in the yearly report: the events held,
 * the booths given and the booths' recorded sales, whose sum is the headline.
 */
@Component
@Transactional(readOnly = true)
public class FairFigures implements FigureProvider {

	static final String LINK = "/admin/market/fairs";

	private final FairRepository fairs;
	private final BoothApplicationRepository applications;

	FairFigures(FairRepository fairs, BoothApplicationRepository applications) {
		this.fairs = fairs;
		this.applications = applications;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		return year(scope.centerIds(), scope.asOf().getYear());
	}

	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return year(centerIds, year.getValue());
	}

	private List<FigureTable> year(Set<Long> centerIds, int year) {
		if (centerIds.isEmpty()) {
			return List.of();
		}
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate until = LocalDate.of(year, 12, 31);
		long held = fairs.countHeld(centerIds, from, until);
		if (held == 0) {
			return List.of();
		}
		FigureRow sales = FigureRow.counted("market.fairs.figures.sales", applications.sumSales(centerIds, from, until),
				"market.figures.won", year);
		return List.of(new FigureTable("market-fairs", "market.fairs.figures.title", "figures.unit.cases",
				List.of(FigureRow.counted("market.fairs.figures.events", held, "figures.unit.cases", year),
						FigureRow.counted("market.fairs.figures.booths", applications.countBooths(centerIds, from, until),
								"market.fairs.figures.boothUnit", year),
						sales),
				LINK, sales));
	}
}
