package org.ieum.market.collaboration;

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
 * Collaboration projects on the staff dashboard (the milestones overdue on the reference date, a Seoul day, headed by
 * their count) and in the yearly report (the projects that ran in the year, their organizations and the sales of the
 * year's periods, headed by the sales).
 */
@Component
@Transactional(readOnly = true)
public class CollaborationFigures implements FigureProvider {

	static final String LINK = "/admin/market/projects";

	private final ProjectRepository projects;
	private final ProjectMemberRepository members;
	private final MilestoneRepository milestones;
	private final PeriodSalesRepository sales;

	CollaborationFigures(ProjectRepository projects, ProjectMemberRepository members, MilestoneRepository milestones,
			PeriodSalesRepository sales) {
		this.projects = projects;
		this.members = members;
		this.milestones = milestones;
		this.sales = sales;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		if (scope.centerIds().isEmpty()) {
			return List.of();
		}
		LocalDate today = scope.asOf();
		long running = projects.countRunning(scope.centerIds(), today, today);
		long overdue = milestones.countOverdue(scope.centerIds(), today);
		if (running == 0 && overdue == 0) {
			return List.of();
		}
		FigureRow late = FigureRow.counted("market.collab.figures.overdue", overdue, "market.collab.figures.milestoneUnit");
		return List.of(new FigureTable("market-collaboration-overdue", "market.collab.figures.dashboard",
				"figures.unit.cases",
				List.of(late, FigureRow.counted("market.collab.figures.running", running, "figures.unit.cases")), LINK,
				late));
	}

	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		if (centerIds.isEmpty()) {
			return List.of();
		}
		LocalDate from = year.atDay(1);
		LocalDate until = year.atMonth(12).atEndOfMonth();
		long ran = projects.countRunning(centerIds, from, until);
		if (ran == 0) {
			return List.of();
		}
		FigureRow sold = FigureRow.counted("market.collab.figures.sales", sales.sumOfYear(centerIds, year.getValue()),
				"market.figures.won", year.getValue());
		return List.of(new FigureTable("market-collaboration", "market.collab.figures.year", "figures.unit.cases",
				List.of(FigureRow.counted("market.collab.figures.projects", ran, "figures.unit.cases", year.getValue()),
						FigureRow.counted("market.collab.figures.organizations",
								members.countRunning(centerIds, from, until), "market.collab.figures.organizationUnit",
								year.getValue()),
						sold),
				LINK, sold));
	}
}
