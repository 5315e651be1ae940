package org.ieum.market.showcase;

import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.shared.PortalHomeSection;
import org.springframework.stereotype.Component;

/** The products staff feature, as a card of the center's home page; nothing when none is featured. */
@Component
class FeaturedOnHome implements PortalHomeSection {

	private static final int SHOWN = 4;

	private final ShowcaseSearch search;
	private final CentersApi centers;

	FeaturedOnHome(ShowcaseSearch search, CentersApi centers) {
		this.search = search;
		this.centers = centers;
	}

	record Featured(String moreHref, String base, List<ShowcaseItem> items) {
	}

	@Override
	public List<Part> partsFor(long centerId, String centerSlug) {
		List<ShowcaseItem> items = search.featured(centers.centerAndDescendantIds(centerId), SHOWN);
		if (items.isEmpty()) {
			return List.of();
		}
		String base = "/c/" + centerSlug + "/market";
		return List.of(new Part(Place.CARDS, 45, "market/home", new Featured(base, base, items)));
	}
}
