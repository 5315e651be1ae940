package org.ieum.enterprises.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.DirectoryCounts;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** The directory on the staff dashboard: organizations by status, and designations running out soon. */
@Component
class DashboardFigures implements FigureProvider {

	/** The same window as the staff list of expiring designations. */
	static final int EXPIRY_WINDOW_DAYS = 90;

	private final DirectoryFigures figures;

	DashboardFigures(DirectoryFigures figures) {
		this.figures = figures;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		DirectoryCounts counts = figures.count(scope.centerIds(), scope.asOf());
		List<FigureRow> byStatus = new ArrayList<>();
		for (OrganizationStatus status : OrganizationStatus.values()) {
			long n = counts.byStatus().stream().filter(c -> c.key().equals(status.name())).mapToLong(c -> c.organizations())
				.sum();
			byStatus.add(FigureRow.of("enterprises.status." + status.name(), n));
		}
		Map<DesignationType, Long> expiring = figures.expiring(scope.centerIds(), scope.asOf(),
				scope.asOf().plusDays(EXPIRY_WINDOW_DAYS));
		List<FigureRow> soon = new ArrayList<>();
		for (DesignationType type : DesignationType.values()) {
			if (expiring.containsKey(type)) {
				soon.add(FigureRow.of("enterprises.designationType." + type.name(), expiring.get(type)));
			}
		}
		return List.of(
				FigureTable.summed("organizations-by-status", "enterprises.figures.byStatus",
						"enterprises.figures.organizations", byStatus, "/admin/organizations"),
				FigureTable.summed("designations-expiring", "enterprises.figures.expiring", "enterprises.figures.designations",
						soon, "/admin/organizations/expiring"));
	}
}
