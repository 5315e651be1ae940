package org.ieum.enterprises.figures;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.Set;
import java.time.Year;
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

	/**
	 * Organizations per designation type in force on 31 December, with the count a year before and
	 * the change, and the designations granted in the year.
	 */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		DirectoryCounts end = figures.count(centerIds, year.atMonth(12).atEndOfMonth());
		DirectoryCounts start = figures.count(centerIds, year.minusYears(1).atMonth(12).atEndOfMonth());
		List<FigureRow> byType = new ArrayList<>();
		for (DesignationType type : DesignationType.values()) {
			long now = organizationsOf(end, type);
			long before = organizationsOf(start, type);
			if (now != 0 || before != 0) {
				byType.add(FigureRow.of("report.figures.typeRow", now,
						new DefaultMessageSourceResolvable("enterprises.designationType." + type.name()), before,
						String.format(java.util.Locale.ROOT, "%+d", now - before)));
			}
		}
		List<FigureRow> granted = new ArrayList<>();
		for (DesignationType type : DesignationType.values()) {
			long n = end.byDesignationYear().stream().filter(c -> c.year() == year.getValue() && c.type() == type)
				.mapToLong(c -> c.designations()).sum();
			if (n != 0) {
				granted.add(FigureRow.of("enterprises.designationType." + type.name(), n));
			}
		}
		if (byType.isEmpty() && granted.isEmpty()) {
			return List.of();
		}
		FigureRow designated = FigureRow.of("report.figures.withDesignation", end.withDesignation());
		return List.of(
				new FigureTable("report-organizations-by-type", "report.figures.organizationsByType",
						"enterprises.figures.organizations", byType, "/admin/organizations", designated),
				FigureTable.summed("report-designations-granted", "report.figures.designationsGranted",
						"enterprises.figures.designations", granted, "/admin/organizations"));
	}

	private static long organizationsOf(DirectoryCounts counts, DesignationType type) {
		return counts.byType().stream().filter(c -> c.type() == type).mapToLong(c -> c.organizations()).sum();
	}
}
