package org.ieum.content.search;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.search.SiteSearchScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The site search page: the whole network at {@code /search}, one portal at {@code /c/{slug}/search}. */
@Controller
class SiteSearchController {

	private final SiteSearch search;
	private final CentersApi centers;

	SiteSearchController(SiteSearch search, CentersApi centers) {
		this.search = search;
		this.centers = centers;
	}

	@GetMapping("/search")
	String network(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String page, Model model) {
		model.addAttribute("search", search.search(SiteSearchScope.network(), q, kind, page));
		model.addAttribute("searchPath", "/search");
		return "content/search";
	}

	@GetMapping("/c/{slug}/search")
	String portal(@PathVariable String slug, @RequestParam(required = false) String q,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String page, Model model) {
		CenterSummary center = centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("search", search.search(SiteSearchScope.portal(center.id(), center.slug()), q, kind, page));
		model.addAttribute("searchPath", "/c/" + center.slug() + "/search");
		return "content/search";
	}
}
