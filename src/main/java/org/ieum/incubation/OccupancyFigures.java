package org.ieum.incubation;

import java.util.Set;
import java.time.Year;
import java.util.List;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/** Incubation on the staff dashboard: offices occupied, tenants graduated, jobs created. */
@Component
class OccupancyFigures implements FigureProvider {

	private final IncubationApi incubation;

	OccupancyFigures(IncubationApi incubation) {
		this.incubation = incubation;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		IncubationFigures f = incubation.figures(scope.centerIds(), scope.asOf());
		if (f.rooms() == 0 && f.virtualOffices() == 0 && f.tenantsInResidence() == 0 && f.graduated() == 0) {
			return List.of();
		}
		FigureRow rooms = FigureRow.of("incubation.figures.rooms", f.occupiedRooms(), f.rooms());
		FigureRow jobs = FigureRow.of("incubation.figures.jobsRow", f.jobsCreated());
		return List.of(
				new FigureTable("incubation-occupied", "incubation.figures.occupied", "incubation.figures.offices",
						List.of(rooms, FigureRow.of("incubation.figures.virtual", f.virtualTenants(), f.virtualOffices())),
						"/admin/incubation", rooms),
				FigureTable.summed("incubation-graduated", "incubation.figures.graduated", "incubation.figures.companies",
						List.of(FigureRow.of("incubation.exit.CERTIFIED", f.graduatedCertified()),
								FigureRow.of("incubation.exit.MOVED_OUT", f.graduatedMovedOut())),
						"/admin/incubation/tenancies"),
				new FigureTable("incubation-jobs", "incubation.figures.jobs", "incubation.figures.people", List.of(jobs),
						"/admin/incubation/tenancies", jobs));
	}

	/** Offices occupied on 31 December, and graduations and jobs counted up to that day. */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		return figures(new FigureScope(centerIds, year.atMonth(12).atEndOfMonth()));
	}
}
