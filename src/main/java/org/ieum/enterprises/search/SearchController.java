package org.ieum.enterprises.search;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.search.SearchQuery.Order;

import java.util.List;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A center's directory is a search over its organizations and those of the centers under it.
 * The whole search is in the URL; htmx swaps only the results (same template, fragment
 * {@code results}) and pushes the URL, and without JavaScript the form simply reloads the page.
 */
@Controller
class SearchController {

	private final OrganizationSearch search;
	private final CentersApi centers;

	SearchController(OrganizationSearch search, CentersApi centers) {
		this.search = search;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/organizations")
	String search(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) List<DesignationType> type, @RequestParam(required = false) List<String> sido,
			@RequestParam(required = false) List<String> region,
			@RequestParam(required = false) List<IndustrySection> industry,
			@RequestParam(required = false) List<SocialPurpose> purpose, @RequestParam(required = false) List<Long> center,
			@RequestParam(required = false) Order sort, @RequestParam(defaultValue = "0") int page, HtmxRequest htmx,
			HttpServletResponse response, Model model) {
		CenterSummary scope = center(slug);
		SearchQuery query = new SearchQuery(q, type, sido, region, industry, purpose, center, sort, page);
		model.addAttribute("query", query);
		model.addAttribute("results", search.search(centers.centerAndDescendantIds(scope.id()), query));
		model.addAttribute("sorts", Order.values());
		// the same URL answers with a page or a fragment: caches must keep them apart
		response.addHeader(HttpHeaders.VARY, "HX-Request");
		if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
			return "enterprises/search :: results";
		}
		return "enterprises/search";
	}

	/** Options for the search box's datalist. */
	@GetMapping("/c/{slug}/organizations/suggest")
	String suggest(@PathVariable String slug, @RequestParam(defaultValue = "") String q, Model model) {
		CenterSummary scope = center(slug);
		model.addAttribute("suggestions", search.suggest(centers.centerAndDescendantIds(scope.id()), q, 8));
		return "enterprises/search :: suggestions";
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
