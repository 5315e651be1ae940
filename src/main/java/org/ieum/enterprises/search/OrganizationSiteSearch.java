package org.ieum.enterprises.search;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.enterprises.EnterprisesApi;
import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * Organizations in the site search, found by the directory's own search (Nori, grams, 초성):
 * in a portal those of its directory (the center and the centers under it), at the network
 * root all. A result links to the organization's profile in the portal of a center that holds it.
 */
@Component
class OrganizationSiteSearch implements SiteSearchSource {

	private final OrganizationSearch search;
	private final EnterprisesApi enterprises;
	private final CentersApi centers;

	OrganizationSiteSearch(OrganizationSearch search, EnterprisesApi enterprises, CentersApi centers) {
		this.search = search;
		this.enterprises = enterprises;
		this.centers = centers;
	}

	@Override
	public String kind() {
		return "organizations";
	}

	@Override
	public String labelKey() {
		return "search.kind.organizations";
	}

	@Override
	public int order() {
		return 30;
	}

	@Override
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		Set<Long> ids = scope.isNetwork() ? centers.all().stream().map(CenterSummary::id).collect(Collectors.toSet())
				: centers.centerAndDescendantIds(scope.centerId());
		if (size <= 0 || page > SearchQuery.MAX_PAGE) {
			return new SiteSearchPage(search.search(ids, query(query, 0), 1).hits().getTotalElements(), List.of());
		}
		Page<SearchResults.Hit> found = search.search(ids, query(query, page), size).hits();
		return new SiteSearchPage(found.getTotalElements(), found.getContent().stream().map(hit -> {
			String slug = scope.isNetwork() ? ownerSlug(hit.id()) : scope.centerSlug();
			String place = String.join(" ", hit.sido() == null ? "" : hit.sido(), hit.sigungu() == null ? "" : hit.sigungu())
				.strip();
			return new SiteSearchHit(Marks.fromMarkedHtml(hit.nameHtml()),
					"/c/" + slug + "/organizations/" + hit.id(),
					hit.snippetHtml() == null ? "" : Marks.fromMarkedHtml(hit.snippetHtml()), null,
					place.isEmpty() ? null : place);
		}).toList());
	}

	private static SearchQuery query(String words, int page) {
		return new SearchQuery(words, null, null, null, null, null, null, null, page);
	}

	private String ownerSlug(long organizationId) {
		return enterprises.findById(organizationId)
			.flatMap(o -> o.centerIds().stream().sorted().findFirst())
			.flatMap(centers::findById)
			.map(CenterSummary::slug)
			.orElse("");
	}
}
