package org.ieum.market.administration;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.centers.CentersApi;
import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.catalog.Listings;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff pages of the showcase show: the products of a center's organizations and one product's details. */
@Service
@Transactional(readOnly = true)
class ShowcaseAdministration {

	private final ListingRepository listings;
	private final Listings editing;
	private final Categories categories;
	private final CentersApi centers;

	ShowcaseAdministration(ListingRepository listings, Listings editing, Categories categories, CentersApi centers) {
		this.listings = listings;
		this.editing = editing;
		this.categories = categories;
		this.centers = centers;
	}

	record Row(long id, String name, String organizationName, Long priceWon, String category, boolean service,
			boolean featured) {
	}

	record Edit(Row row, String description, ListingForm form) {
	}

	static final int PAGE_SIZE = 50;

	Page<Row> rows(long centerId, int page) {
		Authorities.requireCenterStaff(centerId);
		Map<Long, Categories.Node> tree = tree();
		return listings.shownIn(centers.centerAndDescendantIds(centerId), PageRequests.of(page, PAGE_SIZE))
			.map(l -> row(l, tree));
	}

	Edit edit(long productId) {
		Listing listing = editing.editable(productId);
		return new Edit(row(listing, tree()), listing.getDescription(), ListingForm.of(listing));
	}

	Row row(long productId) {
		return row(editing.editable(productId), tree());
	}

	private Map<Long, Categories.Node> tree() {
		return categories.tree().stream().collect(Collectors.toMap(Categories.Node::id, Function.identity()));
	}

	private static Row row(Listing l, Map<Long, Categories.Node> tree) {
		String category = l.getCategoryId() == null ? null
				: Optional.ofNullable(tree.get(l.getCategoryId())).map(Categories.Node::label).orElse(null);
		return new Row(l.getProductId(), l.getName(), l.getOrganizationName(), l.getPriceWon(), category, l.isService(),
				l.isFeatured());
	}
}
