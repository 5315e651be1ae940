package org.ieum.incubation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.incubation.IncubationViews.OfficeView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The portal's 창업보육 page: the center's offices with area, desks, equipment and vacancy, and no tenant's name. */
@Controller
class IncubationPortalController {

	private final Occupancy occupancy;
	private final CentersApi centers;

	IncubationPortalController(Occupancy occupancy, CentersApi centers) {
		this.occupancy = occupancy;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/incubation")
	String offices(@PathVariable String slug, Model model) {
		CenterSummary center = centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, List<OfficeView>> bySite = new LinkedHashMap<>();
		for (OfficeView office : occupancy.publicOffices(center.id())) {
			bySite.computeIfAbsent(office.siteName(), k -> new ArrayList<>()).add(office);
		}
		model.addAttribute("center", center);
		model.addAttribute("sites", bySite);
		return "incubation/portal";
	}
}
