package org.ieum.incubation;

import org.ieum.identity.StaffCenter;
import org.ieum.incubation.TenancyQueries.Overview;
import org.ieum.shared.web.RefusalsReturnTo;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff overview of incubation at a center they staff: who sits in which office, tenancies
 * ending soon, offers waiting for an answer or an office, and reports overdue.
 */
@Controller
@RefusalsReturnTo("/admin/incubation")
class OccupancyAdminController {

	private final TenancyQueries queries;

	OccupancyAdminController(TenancyQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/admin/incubation")
	String overview(StaffCenter center, Model model) {
		Overview overview = queries.overview(center.id());
		model.addAttribute("sites", overview.sites());
		model.addAttribute("endingSoon", overview.endingSoon());
		model.addAttribute("endingSoonDays", overview.endingSoonDays());
		model.addAttribute("offered", overview.offered());
		model.addAttribute("accepted", overview.accepted());
		model.addAttribute("overdue", overview.overdue());
		model.addAttribute("today", overview.today());
		return "incubation/admin/occupancy";
	}
}
