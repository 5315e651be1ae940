package org.ieum.market.needs;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The portal's list of buyer needs the center chose to show publicly: what is sought, never the buyer's contacts. */
@Controller
class NeedPortalController {

	private final NeedQueries queries;
	private final CentersApi centers;

	NeedPortalController(NeedQueries queries, CentersApi centers) {
		this.queries = queries;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/market/needs")
	String list(@PathVariable String slug, Model model) {
		CenterSummary center = centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("needs", queries.shownIn(centers.centerAndDescendantIds(center.id())));
		return "market/needs";
	}
}
