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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateOptionsCollector;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
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
 * Searches the organizations of a set of centers (a center and the centers under it), founding teams and closed
 * ones left out as in the directory. Everything comes from the index, the database is not read;
 * the index's answers are remembered until it changes ({@link SearchAnswers}). What was typed is
 * read as words ({@link SearchText}); when they find nothing, the answer carries a "did you
 * mean" built from the index's own words ({@link NearTerms}), which is the only costlier step.
 */
@Service
@Transactional(readOnly = true)
public class OrganizationSearch {

	static final int PAGE_SIZE = 20;
	/** "Did you mean" looks at searches of this many words at most. */
	static final int MAX_CORRECTED_WORDS = 4;
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
				facets, building, answer.suggestion());
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
		long total = result.total().hitCount();
		return new Answer(List.copyOf(result.hits()), total, Map.copyOf(result.aggregation(types)),
				Map.copyOf(result.aggregation(sidos)), Map.copyOf(result.aggregation(regions)),
				Map.copyOf(result.aggregation(industries)), Map.copyOf(result.aggregation(purposes)),
				Map.copyOf(result.aggregation(owners)), total == 0 ? suggestion(session, scope, query) : null);
	}

	/**
	 * "Did you mean": for a search that found nothing, each word (or the initials) that finds
	 * nothing on its own is replaced by the nearest word of the index that does (one letter off,
	 * two for long words; the most frequent first), and the result is offered if it finds
	 * something under the same conditions. Null when there is nothing better to offer.
	 */
	private String suggestion(SearchSession session, Set<Long> scope, SearchQuery query) {
		SearchText text = SearchText.of(query.q());
		boolean initials = text.initials() != null;
		List<String> units = initials ? List.of(text.initials()) : text.words();
		// a long run of words is not a near miss; bounding them bounds the work of a search that finds nothing
		if (units.isEmpty() || units.size() > MAX_CORRECTED_WORDS
				|| (text.businessNumber() != null && units.stream().allMatch(w -> w.matches("[0-9]+")))) {
			return null;
		}
		String[] fields = initials ? new String[] { SearchFields.INITIALS } : SearchFields.SUGGESTED;
		List<String> corrected = new ArrayList<>(units);
		boolean changed = false;
		try (IndexReader reader = Search.mapping(entityManager.getEntityManagerFactory()).scope(Organization.class)
			.extension(LuceneExtension.get()).openIndexReader()) {
			for (int i = 0; i < units.size(); i++) {
				String unit = units.get(i);
				if (!initials && count(session, scope, query.withQ(unit)) > 0) {
					continue;
				}
				for (String near : NearTerms.near(reader, fields, unit, 3, initials)) {
					if (count(session, scope, query.withQ(near)) > 0) {
						corrected.set(i, near);
						changed = true;
						break;
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (!changed) {
			return null;
		}
		String suggestion = String.join(" ", corrected);
		return count(session, scope, query.withQ(suggestion)) > 0 ? suggestion : null;
	}

	private static long count(SearchSession session, Set<Long> scope, SearchQuery query) {
		return session.search(Organization.class).where(f -> predicate(f, scope, query)).fetchTotalHitCount();
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
		SearchText text = SearchText.of(query.q());
		return f.bool().with(b -> {
			if (text.empty()) {
				b.must(f.matchAll());
			}
			else {
				b.must(text(f, text));
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

	/**
	 * What the typed text asks: every word must be found somewhere, read by Nori (a name match
	 * counts most, then products and the business) or, where Nori reads the letters otherwise,
	 * written as typed; or the text is a business number, or the initials (초성) of a name.
	 */
	private static PredicateFinalStep text(SearchPredicateFactory f, SearchText text) {
		if (text.initials() != null) {
			return f.match().field(SearchFields.INITIALS).matching(text.initials());
		}
		PredicateFinalStep words = f.bool().with(b -> {
			if (text.words().isEmpty()) {
				b.must(f.matchNone());
			}
			text.words().forEach(word -> b.must(word(f, word)));
		});
		if (text.businessNumber() == null) {
			return words;
		}
		return f.or(f.match().field(SearchFields.BUSINESS_NUMBER).matching(text.businessNumber()).boost(10f), words);
	}

	private static PredicateFinalStep word(SearchPredicateFactory f, String word) {
		// no syntax flags: the word is only analyzed, its tokens must all be found in one field
		return f.or(f.simpleQueryString()
			.field(SearchFields.NAME).boost(4f)
			.field(SearchFields.PRODUCTS).boost(2f)
			.field(SearchFields.MAIN_BUSINESS).boost(1.5f)
			.fields(SearchFields.PRODUCT_DETAILS, SearchFields.ADDRESS, SearchFields.SIDO_TEXT, SearchFields.SIGUNGU_TEXT)
			.matching(word)
			.flags(EnumSet.noneOf(SimpleQueryFlag.class))
			.defaultOperator(BooleanOperator.AND),
				f.simpleQueryString()
					.field(SearchFields.NAME_GRAMS).boost(2f)
					.fields(SearchFields.BUSINESS_GRAMS, SearchFields.PRODUCT_GRAMS)
					.matching(word)
					.flags(EnumSet.noneOf(SimpleQueryFlag.class))
					.defaultOperator(BooleanOperator.AND)
					.boost(0.5f));
	}

	private static void scoped(SearchPredicateFactory f, BooleanPredicateOptionsCollector<?, ?> b, Set<Long> scope) {
		b.filter(f.terms().field(SearchFields.CENTER).matchingAny(scope.isEmpty() ? List.of(-1L) : scope));
		b.mustNot(f.match().field(SearchFields.STATUS).matching(OrganizationStatus.CLOSED));
		// founding teams are not listed publicly until they are founded (their name may be a person's)
		b.mustNot(f.match().field(SearchFields.FOUNDING_TEAM).matching(true));
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
