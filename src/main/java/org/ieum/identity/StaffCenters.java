package org.ieum.identity;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/** The centers a staff member works for, and which of them a staff page shows. */
public final class StaffCenters {

	private StaffCenters() {
	}

	public static List<CenterSummary> of(CentersApi centers, CurrentUser user) {
		return centers.all().stream().filter(c -> user.isStaffOf(c.id())).toList();
	}

	/**
	 * The center asked for, if the user staffs it (403 otherwise, 404 for an unknown id), or
	 * without a request their first center; 403 for someone who staffs none.
	 */
	public static CenterSummary chosen(CentersApi centers, Long requested, CurrentUser user) {
		List<CenterSummary> mine = of(centers, user);
		if (mine.isEmpty()) {
			throw new AccessDeniedException("no center");
		}
		if (requested == null) {
			return mine.get(0);
		}
		Authorities.requireCenterStaff(requested);
		return centers.findById(requested).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * The center a staff page shows ({@link #chosen}), put into the page's model as {@code center}
	 * with the user's centers as {@code myCenters} for the chooser.
	 */
	public static StaffCenter show(CentersApi centers, Long requested, CurrentUser user, Model model) {
		StaffCenter chosen = new StaffCenter(chosen(centers, requested, user), of(centers, user));
		model.addAttribute("center", chosen.center());
		model.addAttribute("myCenters", chosen.mine());
		return chosen;
	}
}
