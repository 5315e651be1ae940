package org.ieum.content.board;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.CurrentUser;
import org.ieum.identity.StaffCenters;
import org.springframework.ui.Model;

/**
 * Which center's website a staff page is about: one the user serves (as every staff page), or,
 * for a system administrator only, the network's own ({@link Board#NETWORK}), which no center
 * owns and the shared staff-center argument therefore does not offer.
 */
public final class ContentCenters {

	private ContentCenters() {
	}

	/** The chosen center's id, with {@code centerId}, {@code centerName}, {@code myCenters} and {@code networkAdmin} in the model. */
	public static long choose(CentersApi centers, Long requested, CurrentUser me, Model model) {
		long centerId;
		String centerName;
		if (requested != null && requested == Board.NETWORK && me.isSystemAdmin()) {
			centerId = Board.NETWORK;
			centerName = null;
		}
		else {
			CenterSummary chosen = StaffCenters.chosen(centers, requested, me);
			centerId = chosen.id();
			centerName = chosen.name();
		}
		model.addAttribute("centerId", centerId);
		model.addAttribute("centerName", centerName);
		model.addAttribute("myCenters", StaffCenters.of(centers, me));
		model.addAttribute("networkAdmin", me.isSystemAdmin());
		return centerId;
	}
}
