package org.ieum.enterprises.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** Overdue obligations on the staff dashboard, by kind, linked to the center's list of them. */
@Component
class OverdueObligationFigures implements FigureProvider {

	private final Obligations obligations;

	OverdueObligationFigures(Obligations obligations) {
		this.obligations = obligations;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		Map<ObligationKind, Long> overdue = obligations.overdueCounts(scope.centerIds(), scope.asOf());
		List<FigureRow> rows = new ArrayList<>();
		for (ObligationKind kind : ObligationKind.values()) {
			rows.add(FigureRow.of("journey.kind." + kind.name(), overdue.getOrDefault(kind, 0L)));
		}
		return List.of(FigureTable.summed("obligations-overdue", "journey.figures.overdue", "journey.figures.obligations",
				rows, "/admin/organizations/obligations?overdue=true"));
	}
}
