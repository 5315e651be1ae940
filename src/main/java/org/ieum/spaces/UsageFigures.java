package org.ieum.spaces;

import java.util.LinkedHashMap;
import java.util.Map;
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

	/** Hours booked in each space over the twelve months of the year, with the share of its open hours. */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		List<FigureRow> rows = new ArrayList<>();
		for (long centerId : centerIds.stream().sorted().toList()) {
			Map<Long, long[]> minutes = new LinkedHashMap<>();
			Map<Long, String> names = new LinkedHashMap<>();
			for (int month = 1; month <= 12; month++) {
				for (SpaceUsage usage : spaces.usageOf(centerId, year.atMonth(month))) {
					long[] m = minutes.computeIfAbsent(usage.spaceId(), id -> new long[2]);
					m[0] += usage.bookedMinutes();
					m[1] += usage.openMinutes();
					names.put(usage.spaceId(), usage.spaceName());
				}
			}
			minutes.forEach((id, m) -> rows.add(FigureRow.of("spaces.figures.usageRow", m[0] / 60, names.get(id),
					m[1] == 0 ? 0 : Math.round(100.0 * m[0] / m[1]))));
		}
		if (rows.stream().allMatch(r -> r.value() == 0)) {
			return List.of();
		}
		return List.of(FigureTable.summed("space-usage", "report.figures.spaces", "spaces.figures.hours", rows,
				"/admin/spaces"));
	}
}
