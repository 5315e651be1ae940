package org.ieum.identity;

import java.util.List;

import org.ieum.centers.CenterSummary;

/**
 * Which of my centers a staff page is about. As a controller argument it is read from
 * {@code ?center=} (the staff member's first center without it; 403 for a center they do not
 * serve, 404 for one that does not exist) and the page gets {@code center} and {@code myCenters}
 * for the shared center chooser; {@link StaffCenters#show} does the same for a center taken
 * from the record being shown.
 */
public record StaffCenter(CenterSummary center, List<CenterSummary> mine) {

	public long id() {
		return center.id();
	}
}
