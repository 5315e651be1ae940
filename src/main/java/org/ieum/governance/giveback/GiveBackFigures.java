package org.ieum.governance.giveback;

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
 * The accepted give-back projects begun in a year: how many, the hours given and the amount
 * donated. The dashboard shows the year of its reference date; the yearly report the year asked.
 */
@Component
class GiveBackFigures implements FigureProvider {

	static final String LIST = "/admin/governance/giveback";

	private final GiveBackRepository projects;

	GiveBackFigures(GiveBackRepository projects) {
		this.projects = projects;
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> figures(FigureScope scope) {
		return table(scope.centerIds(), Year.from(scope.asOf()), "governance.giveback.figures.dashboard",
				LIST + "?year=" + scope.asOf().getYear());
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return table(centerIds, year, "governance.giveback.figures.year", LIST + "?year=" + year.getValue());
	}

	private List<FigureTable> table(Set<Long> centerIds, Year year, String titleKey, String link) {
		if (centerIds.isEmpty()) {
			return List.of();
		}
		List<GiveBack> accepted = projects.findByCenterIdInAndStartsOnBetweenOrderByStartsOnDescIdDesc(centerIds,
				year.atDay(1), LocalDate.of(year.getValue(), 12, 31)).stream()
			.filter(p -> p.getStatus() == GiveBackStatus.ACCEPTED)
			.toList();
		if (accepted.isEmpty()) {
			return List.of();
		}
		FigureRow count = FigureRow.counted("governance.giveback.figures.projects", accepted.size(), "report.unit.cases");
		return List.of(new FigureTable("governance-giveback", titleKey, "report.unit.cases",
				List.of(count,
						FigureRow.counted("governance.giveback.figures.organizations",
								accepted.stream().map(GiveBack::getOrganizationId).distinct().count(),
								"governance.giveback.unit.organizations"),
						FigureRow.counted("governance.giveback.figures.hours",
								accepted.stream().mapToLong(GiveBack::getHours).sum(), "governance.giveback.unit.hours"),
						FigureRow.counted("governance.giveback.figures.amount",
								accepted.stream().mapToLong(GiveBack::getAmountWon).sum(), "report.unit.won")),
				link, count));
	}
}
