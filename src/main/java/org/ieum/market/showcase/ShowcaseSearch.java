package org.ieum.market.showcase;

import static org.ieum.market.showcase.ShowcaseMapping.CATEGORIES;
import static org.ieum.market.showcase.ShowcaseMapping.CENTERS;
import static org.ieum.market.showcase.ShowcaseMapping.DESCRIPTION;
import static org.ieum.market.showcase.ShowcaseMapping.DESIGNATIONS;
import static org.ieum.market.showcase.ShowcaseMapping.FEATURED;
import static org.ieum.market.showcase.ShowcaseMapping.NAME;
import static org.ieum.market.showcase.ShowcaseMapping.NAME_GRAMS;
import static org.ieum.market.showcase.ShowcaseMapping.NAME_SORT;
import static org.ieum.market.showcase.ShowcaseMapping.ORGANIZATION;
import static org.ieum.market.showcase.ShowcaseMapping.ORGANIZATION_GRAMS;
import static org.ieum.market.showcase.ShowcaseMapping.PRICE_RANGE;
import static org.ieum.market.showcase.ShowcaseMapping.SIDO;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.ieum.enterprises.DesignationType;
import org.ieum.market.PriceRange;
import org.ieum.market.catalog.Categories;
import org.ieum.market.catalog.Listing;
import org.ieum.market.catalog.ListingRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the showcase: Nori's reading of the product's name, its description and the organization's
 * name (or the two-letter grams of the names), within the centers of a portal or the whole network,
 * narrowed by category (with the categories below it), region, type of organization and price range,
 * with how many products each choice would leave.
 */
@Service
@Transactional(readOnly = true)
public class ShowcaseSearch {

	static final int PAGE_SIZE = 12;

	private static final AggregationKey<Map<Long, Long>> BY_CATEGORY = AggregationKey.of("category");
	private static final AggregationKey<Map<String, Long>> BY_SIDO = AggregationKey.of("sido");
	private static final AggregationKey<Map<DesignationType, Long>> BY_TYPE = AggregationKey.of("type");
	private static final AggregationKey<Map<PriceRange, Long>> BY_PRICE = AggregationKey.of("price");

	private final EntityManager entityManager;
	private final Categories categories;
	private final ListingRepository listings;

	ShowcaseSearch(EntityManager entityManager, Categories categories, ListingRepository listings) {
		this.entityManager = entityManager;
		this.categories = categories;
		this.listings = listings;
	}

	/** A choice of a facet with the number of products it leaves. */
	public record Facet<T>(T value, String label, long count) {
	}

	public record Results(Page<ShowcaseItem> page, List<Facet<Long>> categories, List<Facet<String>> regions,
			List<Facet<DesignationType>> types, List<Facet<PriceRange>> prices, String categoryLabel) {
	}

	/**
	 * @param centers the centers whose organizations' products are shown, or null for the whole network
	 */
	public Results search(Set<Long> centers, ShowcaseQuery query) {
		Map<Long, Categories.Node> tree = categories.tree().stream()
			.collect(Collectors.toMap(Categories.Node::id, Function.identity()));
		SearchResult<Listing> result = Search.session(entityManager).search(Listing.class)
			.where(f -> {
				var bool = f.bool().must(query.q().isEmpty() ? f.matchAll().toPredicate() : words(f, query.q()));
				if (centers != null) {
					bool.filter(f.terms().field(CENTERS).matchingAny(centers));
				}
				if (query.category() != null) {
					bool.filter(f.match().field(CATEGORIES).matching(query.category()));
				}
				if (query.sido() != null) {
					bool.filter(f.match().field(SIDO).matching(query.sido()));
				}
				if (query.type() != null) {
					bool.filter(f.match().field(DESIGNATIONS).matching(query.type()));
				}
				if (query.price() != null) {
					bool.filter(f.match().field(PRICE_RANGE).matching(query.price()));
				}
				return bool;
			})
			.aggregation(BY_CATEGORY, f -> f.terms().field(CATEGORIES, Long.class).maxTermCount(500))
			.aggregation(BY_SIDO, f -> f.terms().field(SIDO, String.class).maxTermCount(30))
			.aggregation(BY_TYPE, f -> f.terms().field(DESIGNATIONS, DesignationType.class))
			.aggregation(BY_PRICE, f -> f.terms().field(PRICE_RANGE, PriceRange.class))
			.sort(f -> query.q().isEmpty() ? f.field(FEATURED).desc().then().field(NAME_SORT)
					: f.score().then().field(NAME_SORT))
			.fetch(query.page() * PAGE_SIZE, PAGE_SIZE);
		List<ShowcaseItem> items = result.hits().stream().map(l -> item(l, tree)).toList();
		Page<ShowcaseItem> page = new PageImpl<>(items, PageRequest.of(query.page(), PAGE_SIZE),
				result.total().hitCount());
		Map<Long, Long> byCategory = result.aggregation(BY_CATEGORY);
		// the categories one level below the chosen one (or the top ones), those with products
		List<Facet<Long>> categoryFacets = tree.values().stream()
			.filter(n -> java.util.Objects.equals(n.parentId(), query.category()))
			.filter(n -> byCategory.getOrDefault(n.id(), 0L) > 0)
			.sorted(Comparator.comparing(Categories.Node::label))
			.map(n -> new Facet<>(n.id(), n.name(), byCategory.get(n.id())))
			.toList();
		List<Facet<String>> regions = result.aggregation(BY_SIDO).entrySet().stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> new Facet<>(e.getKey(), e.getKey(), e.getValue()))
			.toList();
		Map<DesignationType, Long> byType = result.aggregation(BY_TYPE);
		List<Facet<DesignationType>> types = EnumSet.allOf(DesignationType.class).stream()
			.filter(t -> byType.getOrDefault(t, 0L) > 0)
			.map(t -> new Facet<>(t, t.name(), byType.get(t)))
			.toList();
		Map<PriceRange, Long> byPrice = result.aggregation(BY_PRICE);
		List<Facet<PriceRange>> prices = EnumSet.allOf(PriceRange.class).stream()
			.filter(p -> byPrice.getOrDefault(p, 0L) > 0)
			.map(p -> new Facet<>(p, p.name(), byPrice.get(p)))
			.toList();
		String categoryLabel = query.category() == null ? null
				: Optional.ofNullable(tree.get(query.category())).map(Categories.Node::label).orElse(null);
		return new Results(page, categoryFacets, regions, types, prices, categoryLabel);
	}

	/** The product, if it is in the showcase of these centers (null: the whole network). */
	public Optional<ShowcaseItem> product(Set<Long> centers, long productId) {
		Map<Long, Categories.Node> tree = categories.tree().stream()
			.collect(Collectors.toMap(Categories.Node::id, Function.identity()));
		return listings.findById(productId)
			.filter(l -> centers == null || l.shownIn(centers))
			.map(l -> item(l, tree));
	}

	/** The products staff feature in these centers' showcase, for the home page. */
	public List<ShowcaseItem> featured(Set<Long> centers, int limit) {
		Map<Long, Categories.Node> tree = categories.tree().stream()
			.collect(Collectors.toMap(Categories.Node::id, Function.identity()));
		return listings.featuredIn(centers).stream().limit(limit).map(l -> item(l, tree)).toList();
	}

	/** Every word must be found: in Nori's reading of the texts, or in the grams of the names. */
	private static SearchPredicate words(SearchPredicateFactory f, String q) {
		return f.or(
				f.simpleQueryString().field(NAME).boost(3f).field(DESCRIPTION).field(ORGANIZATION)
					.matching(q).defaultOperator(BooleanOperator.AND).toPredicate(),
				f.simpleQueryString().field(NAME_GRAMS).boost(2f).field(ORGANIZATION_GRAMS)
					.matching(q).defaultOperator(BooleanOperator.AND).toPredicate())
			.toPredicate();
	}

	static ShowcaseItem item(Listing l, Map<Long, Categories.Node> tree) {
		String category = l.getCategoryId() == null ? null
				: Optional.ofNullable(tree.get(l.getCategoryId())).map(Categories.Node::label).orElse(null);
		return new ShowcaseItem(l.getProductId(), l.getName(), l.getDescription(), l.getPriceWon(),
				l.isHasPhoto() ? "/organizations/photos/" + l.getProductId() : null, l.getOrganizationId(),
				l.getOrganizationName(), l.getSido(), category, l.getMinOrder(), l.getDeliveryRegion(), l.isService(),
				l.isFeatured(), l.getDesignations().stream().sorted().toList());
	}
}
