package org.ieum.market.showcase;

import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.DesignationType;
import org.ieum.market.PriceRange;
import org.ieum.market.inquiries.InquiryForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The showcase of a center's portal (its organizations and those of the centers below it) and of the network. */
@Controller
class ShowcaseController {

	private final ShowcaseSearch search;
	private final CentersApi centers;

	ShowcaseController(ShowcaseSearch search, CentersApi centers) {
		this.search = search;
		this.centers = centers;
	}

	@GetMapping("/c/{slug}/market")
	String portal(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long category, @RequestParam(required = false) String sido,
			@RequestParam(required = false) DesignationType type, @RequestParam(required = false) PriceRange price,
			@RequestParam(defaultValue = "0") int page, Model model) {
		CenterSummary center = center(slug);
		return showcase(centers.centerAndDescendantIds(center.id()), "/c/" + slug + "/market",
				new ShowcaseQuery(q, category, sido, type, price, page), model);
	}

	@GetMapping("/market")
	String network(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Long category,
			@RequestParam(required = false) String sido, @RequestParam(required = false) DesignationType type,
			@RequestParam(required = false) PriceRange price, @RequestParam(defaultValue = "0") int page, Model model) {
		return showcase(null, "/market", new ShowcaseQuery(q, category, sido, type, price, page), model);
	}

	@GetMapping("/c/{slug}/market/products/{id}")
	String portalProduct(@PathVariable String slug, @PathVariable long id, Model model) {
		CenterSummary center = center(slug);
		return product(centers.centerAndDescendantIds(center.id()), "/c/" + slug + "/market", id, model);
	}

	@GetMapping("/market/products/{id}")
	String networkProduct(@PathVariable long id, Model model) {
		return product(null, "/market", id, model);
	}

	private String showcase(Set<Long> scope, String base, ShowcaseQuery query, Model model) {
		model.addAttribute("base", base);
		model.addAttribute("query", query);
		model.addAttribute("results", search.search(scope, query));
		return "market/showcase";
	}

	private String product(Set<Long> scope, String base, long id, Model model) {
		model.addAttribute("base", base);
		model.addAttribute("product", search.product(scope, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		if (!model.containsAttribute("inquiry")) {
			// after a refused inquiry the flash brings back what the buyer typed
			model.addAttribute("inquiry", new InquiryForm());
		}
		return "market/product";
	}

	private CenterSummary center(String slug) {
		return centers.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
