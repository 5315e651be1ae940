package org.ieum.stats;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Service;

/**
 * The staff dashboard: what every module's {@link FigureProvider} says about one center and
 * the centers below it. Staff see only the centers they work for; the check is here, not only
 * in the page that offers the choice.
 */
@Service
class Dashboard {

	private final List<FigureProvider> providers;
	private final CentersApi centers;
	private final Clock clock;

	Dashboard(List<FigureProvider> providers, CentersApi centers, Clock clock) {
		this.providers = providers;
		this.centers = centers;
		this.clock = clock;
	}

	/** The centers the signed-in staff member may look at, by name. */
	List<CenterSummary> centersInReach() {
		return centers.all().stream()
			.filter(c -> Authorities.canManageCenter(c.id()))
			.sorted(Comparator.comparing(CenterSummary::name))
			.toList();
	}

	List<FigureTable> figuresFor(CenterSummary center) {
		Authorities.requireCenterStaff(center.id());
		FigureScope scope = new FigureScope(centers.centerAndDescendantIds(center.id()), Seoul.today(clock));
		return providers.stream().flatMap(p -> p.figures(scope).stream()).toList();
	}
}
