package org.ieum.market.catalog;

import java.util.List;

import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff say about a product in the showcase: its category, minimum order, delivery region,
 * whether it is a service, and whether the home page features it. Only staff of a center the
 * organization belongs to may change it.
 */
@Service
@Transactional
public class Listings {

	static final int MAX_TEXT = 100;

	private final ListingRepository listings;
	private final Categories categories;

	Listings(ListingRepository listings, Categories categories) {
		this.listings = listings;
		this.categories = categories;
	}

	/** The showcase's own facts of a product; blank texts are stored as nothing. */
	public record Details(Long categoryId, String minOrder, String deliveryRegion, boolean service) {
	}

	public void describe(long productId, Details details) {
		Listing listing = editable(productId);
		List<Long> path = details.categoryId() == null ? List.of() : categories.pathOf(details.categoryId());
		listing.describe(path, text(details.minOrder(), "market.error.minOrderLong"),
				text(details.deliveryRegion(), "market.error.deliveryRegionLong"), details.service());
	}

	public void feature(long productId, boolean featured) {
		editable(productId).feature(featured);
	}

	/** The listing, if the current staff member works for one of its centers (403 otherwise, 404 if unknown). */
	@Transactional(readOnly = true)
	public Listing editable(long productId) {
		Listing listing = listings.findById(productId).orElseThrow(() -> Refusal.notFound("market.error.unknownProduct"));
		if (listing.getCenterIds().stream().noneMatch(Authorities::canManageCenter)) {
			throw new AccessDeniedException("not staff of the product's centers");
		}
		return listing;
	}

	private static String text(String value, String tooLong) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String clean = value.strip();
		if (clean.length() > MAX_TEXT) {
			throw new Refusal(tooLong, MAX_TEXT);
		}
		return clean;
	}
}
