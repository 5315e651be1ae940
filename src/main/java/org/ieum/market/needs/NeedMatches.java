package org.ieum.market.needs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ieum.centers.CentersApi;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.springframework.stereotype.Component;

/**
 * Which organizations a need matches: those with a product or service in the showcase in the need's category or a
 * category below it, shown in the portal of the need's center or a center below it. The center's area is where its
 * organizations are registered (the showcase's own rule of which portal shows a product), not the delivery region
 * staff type as text, which a machine cannot compare reliably ("부산 전역", "부산·김해").
 */
@Component
class NeedMatches {

	/** A matching organization with the names of its products in the category. */
	record Match(long organizationId, String organizationName, List<String> products) {
	}

	private final ListingRepository listings;
	private final CentersApi centers;

	NeedMatches(ListingRepository listings, CentersApi centers) {
		this.listings = listings;
		this.centers = centers;
	}

	List<Match> of(Need need) {
		Map<Long, Match> byOrganization = new LinkedHashMap<>();
		for (Listing l : listings.offering(need.getCategoryId(), centers.centerAndDescendantIds(need.getCenterId()))) {
			byOrganization.computeIfAbsent(l.getOrganizationId(),
					id -> new Match(id, l.getOrganizationName(), new ArrayList<>())).products().add(l.getName());
		}
		return List.copyOf(byOrganization.values());
	}
}
