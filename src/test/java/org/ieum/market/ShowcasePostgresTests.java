package org.ieum.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRefresh;
import org.ieum.market.catalog.ListingRepository;
import org.ieum.market.showcase.ShowcaseItem;
import org.ieum.market.showcase.ShowcaseQuery;
import org.ieum.market.showcase.ShowcaseSearch;
import org.ieum.support.IeumPostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The showcase on real PostgreSQL: the migration ran, the demo's products became listings with their
 * categories, a portal's and the home page's queries find their centers' products only, a category with
 * products is known to have them, and the database refuses a negative price on its own.
 */
@IeumPostgresTest
class ShowcasePostgresTests {

	@Autowired
	ListingRepository listings;

	@Autowired
	ListingRefresh refresh;

	@Autowired
	Categories categories;

	@Autowired
	ShowcaseSearch search;

	@Autowired
	JdbcTemplate jdbc;

	private long center(String slug) {
		return jdbc.queryForObject("select id from centers_center where slug = ?", Long.class, slug);
	}

	@Test
	void aPortalsQueriesFindItsOwnOrganizationsProductsOnly() {
		refresh.refresh();
		long busan = center("busan");
		long gwangju = center("gwangju");
		assertThat(listings.shownIn(Set.of(busan))).extracting(Listing::getName).contains("우리밀 식빵")
			.doesNotContain("성탄 케이크");
		assertThat(listings.featuredIn(Set.of(gwangju))).extracting(Listing::getName).contains("성탄 케이크")
			.doesNotContain("우리밀 식빵");
		assertThat(search.featured(Set.of(busan), 4)).extracting(ShowcaseItem::name).contains("우리밀 식빵");
		// the same product appears once although its organization is on two lists
		assertThat(listings.shownIn(Set.of(busan, gwangju))).doesNotHaveDuplicates();
		// the staff list's pages: each product once, the count of the whole list
		var page = listings.shownIn(Set.of(busan, gwangju), org.springframework.data.domain.PageRequest.of(0, 10));
		assertThat(page.getContent()).hasSize(10).doesNotHaveDuplicates();
		assertThat(page.getTotalElements()).isEqualTo(listings.shownIn(Set.of(busan, gwangju)).size());
	}

	@Test
	void aCategoryHoldsWhatIsBelowItAndIsKnownToHaveProducts() {
		long food = categories.tree().stream().filter(n -> n.name().equals("식품")).findFirst().orElseThrow().id();
		long bakery = categories.tree().stream().filter(n -> n.name().equals("제과·제빵")).findFirst().orElseThrow().id();
		assertThat(categories.pathOf(bakery)).containsExactly(bakery, food);
		assertThat(listings.anyIn(food)).isTrue();
		long office = categories.tree().stream().filter(n -> n.name().equals("경영 컨설팅")).findFirst().orElseThrow().id();
		assertThat(listings.anyIn(office)).isTrue();
		ShowcaseSearch.Results results = search.search(null, new ShowcaseQuery("", food, null, null, null, 0));
		assertThat(results.page().getContent()).extracting(ShowcaseItem::category)
			.allMatch(label -> label.startsWith("식품"));
		assertThat(results.categories()).extracting(ShowcaseSearch.Facet::label).contains("제과·제빵");
	}

	@Test
	void theDatabaseRefusesANegativePrice() {
		assertThatThrownBy(() -> jdbc.update("insert into market_listing (product_id, organization_id, name, price_won, "
				+ "price_range, organization_name, refreshed_at) values (?, 1, '음수', -1, 'UNDER_10K', '조직', current_timestamp)",
				880_701L))
			.isInstanceOf(DataIntegrityViolationException.class);
	}
}
