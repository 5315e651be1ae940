package org.ieum.market.fairs;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The portal's markets and fairs: the events of the center and the centers below it, and one event's booths. */
@Controller
class FairPortalController {

	private final FairQueries queries;
	private final CentersApi centers;

	FairPortalController(FairQueries queries, CentersApi centers) {
		this.queries = queries;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/market/fairs")
	String list(@PathVariable String slug, Model model) {
		model.addAttribute("fairs", queries.shownIn(centers.centerAndDescendantIds(center(slug).id())));
		return "market/fairs";
	}

	@GetMapping("/c/{slug}/market/fairs/{id}")
	String fair(@PathVariable String slug, @PathVariable long id, Model model) {
		model.addAttribute("detail", queries.shownIn(centers.centerAndDescendantIds(center(slug).id()), id));
		return "market/fair";
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
