package org.ieum.governance.partners;

import java.time.Duration;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.web.Refusal;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The portal's list of partners the center chose to show, with their logos. */
@Controller
class PartnersPortalController {

	private final Partners partners;
	private final CentersApi centers;

	PartnersPortalController(Partners partners, CentersApi centers) {
		this.partners = partners;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/governance/partners")
	String list(@PathVariable String slug, Model model) {
		CenterSummary center = centers.findBySlug(slug)
			.orElseThrow(() -> Refusal.notFound("governance.error.notFound"));
		model.addAttribute("center", center);
		model.addAttribute("partners", partners.shownOnPortal(center.id()));
		return "governance/partners";
	}

	@GetMapping("/governance/partners/{id}/logo")
	ResponseEntity<byte[]> logo(@PathVariable long id) {
		Partners.Download logo = partners.logo(id);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.type()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.header("X-Content-Type-Options", "nosniff")
			.body(logo.bytes());
	}
}
