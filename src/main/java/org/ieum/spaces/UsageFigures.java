package org.ieum.spaces;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** This month's use of every space in scope on the staff dashboard: booked hours and the share of open hours. */
@Component
class UsageFigures implements FigureProvider {

	private final SpacesApi spaces;

	UsageFigures(SpacesApi spaces) {
		this.spaces = spaces;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		YearMonth month = YearMonth.from(scope.asOf());
		List<FigureRow> rows = new ArrayList<>();
		for (long centerId : scope.centerIds().stream().sorted().toList()) {
			for (SpaceUsage usage : spaces.usageOf(centerId, month)) {
				rows.add(FigureRow.of("spaces.figures.usageRow", usage.bookedMinutes() / 60, usage.spaceName(),
						Math.round(usage.rate() * 100)));
			}
		}
		return List.of(FigureTable.summed("space-usage", "spaces.figures.usage", "spaces.figures.hours", rows,
				"/admin/spaces"));
	}
}
