package org.ieum.governance.councils;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's council pages: public councils, their members, meetings, decisions and approved minutes. */
@Controller
class GovernancePortalController {

	private final CouncilQueries queries;
	private final CentersApi centers;

	GovernancePortalController(CouncilQueries queries, CentersApi centers) {
		this.queries = queries;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/governance")
	String councils(@PathVariable String slug, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("center", center);
		model.addAttribute("councils", queries.portal(center.id()));
		return "governance/portal";
	}

	@GetMapping("/c/{slug}/governance/meetings/{id}")
	String meeting(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		model.addAttribute("center", center);
		model.addAttribute("page", queries.portalMeeting(center.id(), id));
		return "governance/portal-meeting";
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
	}
}
