package org.ieum.enterprises.search;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.OrganizationStatus;
import org.ieum.enterprises.SocialPurpose;
import org.ieum.enterprises.records.Organization;
import org.ieum.enterprises.search.SearchAnswers.Answer;
import org.ieum.enterprises.search.SearchResults.Facet;
import org.ieum.enterprises.search.SearchResults.FacetValue;
import org.ieum.enterprises.search.SearchResults.Hit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the organizations of a set of centers (a center and the centers under it), closed
 * ones left out as in the directory. Everything comes from the index, the database is not read;
 * the index's answers are remembered until it changes ({@link SearchAnswers}).
 */
@Service
@Transactional(readOnly = true)
public class OrganizationSearch {

	static final int PAGE_SIZE = 20;
	private static final String OPEN = "\uE000";
	private static final String CLOSE = "\uE001";

	private final EntityManager entityManager;
	private final CentersApi centers;
	private final SearchIndex index;
	private final SearchAnswers answers;

	OrganizationSearch(EntityManager entityManager, CentersApi centers, SearchIndex index, SearchAnswers answers) {
		this.entityManager = entityManager;
		this.centers = centers;
		this.index = index;
		this.answers = answers;
	}

	public SearchResults search(Set<Long> scope, SearchQuery query) {
		return search(scope, query, PAGE_SIZE);
	}

	public SearchResults search(Set<Long> scope, SearchQuery query, int pageSize) {
		// a build in progress changes the index under every answer: ask it each time then
		boolean building = index.building();
		Answer answer = building ? ask(scope, query, pageSize)
				: answers.get(scope, query, pageSize, () -> ask(scope, query, pageSize));
		List<Facet> facets = new ArrayList<>();
		facets.add(coded("type", "enterprises.search.facet.type", answer.types(), query.type(),
				DesignationType::valueOf, t -> "enterprises.designationType." + t, Comparator.naturalOrder()));
		facets.add(named("sido", "enterprises.search.facet.sido", answer.sidos(), query.sido()));
		// districts only once a province is chosen: all of Korea's 250 would drown the page
		if (!query.sido().isEmpty() || !query.region().isEmpty()) {
			facets.add(named("region", "enterprises.search.facet.region", answer.regions(), query.region()));
		}
		facets.add(coded("industry", "enterprises.search.facet.industry", answer.industries(),
				query.industry(), IndustrySection::valueOf, i -> "enterprises.ksic." + i, Comparator.naturalOrder()));
		facets.add(coded("purpose", "enterprises.search.facet.purpose", answer.purposes(), query.purpose(),
				SocialPurpose::valueOf, p -> "enterprises.purpose." + p, Comparator.naturalOrder()));
		facets.add(centerFacet(scope, answer.owners(), query.center()));
		return new SearchResults(new PageImpl<>(answer.hits(), PageRequest.of(query.page(), pageSize), answer.total()),
				facets, building);
	}

	/** One search of the index: a page of hits, the total and the counts of every facet. */
	private Answer ask(Set<Long> scope, SearchQuery query, int pageSize) {
		SearchSession session = Search.session(entityManager);
		AggregationKey<Map<String, Long>> types = AggregationKey.of(SearchFields.TYPE);
		AggregationKey<Map<String, Long>> sidos = AggregationKey.of(SearchFields.SIDO);
		AggregationKey<Map<String, Long>> regions = AggregationKey.of(SearchFields.REGION);
		AggregationKey<Map<String, Long>> industries = AggregationKey.of(SearchFields.INDUSTRY);
		AggregationKey<Map<String, Long>> purposes = AggregationKey.of(SearchFields.PURPOSE);
		AggregationKey<Map<Long, Long>> owners = AggregationKey.of(SearchFields.CENTER);
		SearchResult<Hit> result = session.search(Organization.class)
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field(SearchFields.NAME, String.class),
						f.field(SearchFields.SIDO, String.class), f.field(SearchFields.SIGUNGU, String.class),
						f.field(SearchFields.STATUS, String.class, ValueModel.INDEX), f.field(SearchFields.TYPE, String.class).list(),
						f.field(SearchFields.MAIN_BUSINESS, String.class), f.highlight(SearchFields.NAME),
						f.highlight(SearchFields.MAIN_BUSINESS), f.highlight(SearchFields.PRODUCTS))
				.asList(OrganizationSearch::hit))
			.where(f -> predicate(f, scope, query))
			.sort(f -> switch (query.effectiveSort()) {
				case RELEVANCE -> f.score().then().field(SearchFields.NAME_SORT);
				case NAME -> f.field(SearchFields.NAME_SORT);
				case DESIGNATED -> f.field(SearchFields.DESIGNATED_ON).desc().missing().last()
					.then().field(SearchFields.NAME_SORT);
			})
			.highlighter(h -> h.plain().tag(OPEN, CLOSE).numberOfFragments(1).fragmentSize(160))
			.highlighter(SearchFields.NAME, h -> h.plain().numberOfFragments(1).fragmentSize(400))
			.aggregation(types, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(50))
			.aggregation(sidos, f -> f.terms().field(SearchFields.SIDO, String.class).maxTermCount(50))
			.aggregation(regions, f -> f.terms().field(SearchFields.REGION, String.class).maxTermCount(300))
			.aggregation(industries, f -> f.terms().field(SearchFields.INDUSTRY, String.class, ValueModel.INDEX).maxTermCount(50))
			.aggregation(purposes, f -> f.terms().field(SearchFields.PURPOSE, String.class, ValueModel.INDEX).maxTermCount(50))
			.aggregation(owners, f -> f.terms().field(SearchFields.CENTER, Long.class).maxTermCount(500))
			.fetch(query.page() * pageSize, pageSize);
		return new Answer(List.copyOf(result.hits()), result.total().hitCount(), Map.copyOf(result.aggregation(types)),
				Map.copyOf(result.aggregation(sidos)), Map.copyOf(result.aggregation(regions)),
				Map.copyOf(result.aggregation(industries)), Map.copyOf(result.aggregation(purposes)),
				Map.copyOf(result.aggregation(owners)));
	}

	/** Names that start with what was typed, for the search box's suggestions. */
	public List<String> suggest(Set<Long> scope, String typed, int max) {
		String prefix = typed == null ? "" : typed.strip();
		if (prefix.isEmpty() || prefix.length() > 50) {
			return List.of();
		}
		return Search.session(entityManager).search(Organization.class)
			.select(f -> f.field(SearchFields.NAME, String.class))
			.where(f -> f.bool().with(b -> {
				b.must(f.match().field(SearchFields.NAME_PREFIX).matching(prefix));
				scoped(f, b, scope);
			}))
			.sort(f -> f.score().then().field(SearchFields.NAME_SORT))
			.fetchHits(max).stream().distinct().toList();
	}

	private static PredicateFinalStep predicate(SearchPredicateFactory f,
			Set<Long> scope, SearchQuery query) {
		return f.bool().with(b -> {
			if (query.q().isEmpty()) {
				b.must(f.matchAll());
			}
			else {
				// every word must match somewhere (a name match counts most, then products and the
				// business), or the words must all be a part of the name, spelled as typed
				b.must(f.or(f.simpleQueryString()
					.field(SearchFields.NAME).boost(4f)
					.field(SearchFields.PRODUCTS).boost(2f)
					.field(SearchFields.MAIN_BUSINESS).boost(1.5f)
					.fields(SearchFields.PRODUCT_DETAILS, SearchFields.ADDRESS, SearchFields.SIDO_TEXT,
							SearchFields.SIGUNGU_TEXT)
					.matching(query.q())
					.defaultOperator(BooleanOperator.AND),
						f.simpleQueryString().field(SearchFields.NAME_GRAMS).matching(query.q())
							.defaultOperator(BooleanOperator.AND)));
			}
			scoped(f, b, scope);
			anyOf(f, b, SearchFields.TYPE, query.type().stream().map(Enum::name).toList());
			anyOf(f, b, SearchFields.SIDO, query.sido());
			anyOf(f, b, SearchFields.REGION, query.region());
			anyOf(f, b, SearchFields.INDUSTRY, query.industry().stream().map(Enum::name).toList());
			anyOf(f, b, SearchFields.PURPOSE, query.purpose().stream().map(Enum::name).toList());
			if (!query.center().isEmpty()) {
				b.filter(f.terms().field(SearchFields.CENTER).matchingAny(query.center()));
			}
		});
	}

	private static void scoped(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b, Set<Long> scope) {
		b.filter(f.terms().field(SearchFields.CENTER).matchingAny(scope.isEmpty() ? List.of(-1L) : scope));
		b.mustNot(f.match().field(SearchFields.STATUS).matching(OrganizationStatus.CLOSED));
	}

	private static void anyOf(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b, String field,
			Collection<String> values) {
		if (!values.isEmpty()) {
			b.filter(f.terms().field(field).matchingAny(values, ValueModel.INDEX));
		}
	}

	private static Hit hit(List<?> v) {
		String name = (String) v.get(1);
		@SuppressWarnings("unchecked")
		List<String> types = (List<String>) v.get(5);
		String nameHtml = first(v.get(7)) == null ? HtmlUtils.htmlEscape(name) : marked(first(v.get(7)));
		String snippet = first(v.get(8));
		if (snippet == null) {
			snippet = first(v.get(9));
		}
		String mainBusiness = (String) v.get(6);
		String snippetHtml = snippet != null ? marked(snippet)
				: mainBusiness == null ? null : HtmlUtils.htmlEscape(shorten(mainBusiness));
		return new Hit((Long) v.get(0), name, nameHtml, snippetHtml, (String) v.get(2), (String) v.get(3),
				OrganizationStatus.valueOf((String) v.get(4)),
				types.stream().map(DesignationType::valueOf).sorted().toList());
	}

	private static String first(Object highlights) {
		List<?> list = (List<?>) highlights;
		return list == null || list.isEmpty() ? null : (String) list.get(0);
	}

	/** Escapes the text, then turns the highlighter's private-use markers into mark elements. */
	static String marked(String highlighted) {
		// neighbouring tokens of one word (째 and 보 of 째보) make one mark, not two
		return HtmlUtils.htmlEscape(highlighted.replace(CLOSE + OPEN, "")).replace(OPEN, "<mark>").replace(CLOSE, "</mark>");
	}

	private static String shorten(String text) {
		return text.length() <= 160 ? text : text.substring(0, 159) + "…";
	}

	private static <E extends Enum<E>> Facet coded(String param, String titleKey, Map<String, Long> counts,
			List<E> selected, Function<String, E> parse, Function<E, String> key, Comparator<E> order) {
		List<FacetValue> values = new ArrayList<>();
		counts.keySet().stream().map(parse).sorted(order).forEach(e -> values.add(new FacetValue(e.name(), null,
				key.apply(e), counts.get(e.name()), selected.contains(e))));
		// a chosen value with no result left stays visible, so it can be unchosen
		selected.stream().filter(e -> !counts.containsKey(e.name())).forEach(e -> values.add(new FacetValue(e.name(),
				null, key.apply(e), 0, true)));
		return new Facet(param, titleKey, values);
	}

	private static Facet named(String param, String titleKey, Map<String, Long> counts, List<String> selected) {
		List<FacetValue> values = new ArrayList<>();
		counts.keySet().stream().sorted().forEach(v -> values.add(new FacetValue(v, v, null, counts.get(v),
				selected.contains(v))));
		selected.stream().filter(v -> !counts.containsKey(v)).forEach(v -> values.add(new FacetValue(v, v, null, 0, true)));
		return new Facet(param, titleKey, values);
	}

	private Facet centerFacet(Set<Long> scope, Map<Long, Long> counts, List<Long> selected) {
		List<FacetValue> values = new ArrayList<>();
		for (CenterSummary center : centers.all()) {
			// an organization shared with a center outside the page's scope does not list that center
			if (scope.contains(center.id()) && (counts.containsKey(center.id()) || selected.contains(center.id()))) {
				values.add(new FacetValue(String.valueOf(center.id()), center.name(), null,
						counts.getOrDefault(center.id(), 0L), selected.contains(center.id())));
			}
		}
		return new Facet("center", "enterprises.search.facet.center", values);
	}
}
