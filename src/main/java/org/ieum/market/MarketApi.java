package org.ieum.market;

import java.util.Collection;

import org.ieum.market.catalog.ListingRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask the market module. */
@Service
@Transactional(readOnly = true)
public class MarketApi {

	private final ListingRepository listings;

	MarketApi(ListingRepository listings) {
		this.listings = listings;
	}

	/** How many products and services these centers' organizations show in the showcase. */
	public long productsShownIn(Collection<Long> centerIds) {
		return listings.shownIn(centerIds).size();
	}
}
