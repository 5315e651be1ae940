package org.ieum.stats;

import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

@Controller
class DashboardController {

	private final Dashboard dashboard;
	private final CentersApi centers;

	DashboardController(Dashboard dashboard, CentersApi centers) {
		this.dashboard = dashboard;
		this.centers = centers;
	}

	@GetMapping("/admin/dashboard")
	String dashboard(@RequestParam(required = false) Long center, Model model) {
		List<CenterSummary> reach = dashboard.centersInReach();
		if (reach.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		CenterSummary chosen = center == null ? reach.get(0)
				: centers.findById(center).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("centers", reach);
		model.addAttribute("center", chosen);
		model.addAttribute("tables", dashboard.figuresFor(chosen));
		return "stats/dashboard";
	}
}
