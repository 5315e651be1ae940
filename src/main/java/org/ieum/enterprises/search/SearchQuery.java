package org.ieum.enterprises.search;

import org.ieum.enterprises.DesignationType;
import org.ieum.enterprises.IndustrySection;
import org.ieum.enterprises.SocialPurpose;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything a search asks, as it appears in the address bar so a search can be shared and the
 * back button restores it. Values within one facet are alternatives; facets combine.
 *
 * @param q free text
 * @param type designation types in force
 * @param sido provinces (시도)
 * @param region districts as "시도 시군구"
 * @param industry KSIC sections
 * @param purpose social purpose types
 * @param center owning centers, within the page's scope
 * @param sort order of the results
 * @param page zero-based page
 */
public record SearchQuery(String q, List<DesignationType> type, List<String> sido, List<String> region,
		List<IndustrySection> industry, List<SocialPurpose> purpose, List<Long> center, Order sort, int page) {

	static final int MAX_PAGE = 500;

	public enum Order {
		RELEVANCE, NAME, DESIGNATED
	}

	public SearchQuery {
		q = q == null ? "" : q.strip();
		if (q.length() > 100) {
			q = q.substring(0, 100);
		}
		type = clean(type);
		sido = clean(sido);
		region = clean(region);
		industry = clean(industry);
		purpose = clean(purpose);
		center = clean(center);
		page = Math.min(Math.max(0, page), MAX_PAGE);
	}

	/** Relevance needs words to be relevant to; without them the list reads best by name. */
	public Order effectiveSort() {
		if (sort == null) {
			return q.isEmpty() ? Order.NAME : Order.RELEVANCE;
		}
		return sort == Order.RELEVANCE && q.isEmpty() ? Order.NAME : sort;
	}

	/** The same search with other words, from the first page. */
	public SearchQuery withQ(String words) {
		return new SearchQuery(words, type, sido, region, industry, purpose, center, sort, 0);
	}

	public boolean filtered() {
		return !(type.isEmpty() && sido.isEmpty() && region.isEmpty() && industry.isEmpty() && purpose.isEmpty()
				&& center.isEmpty());
	}

	/** The query string of this search, for links that keep it (page links change only the page). */
	public String queryString() {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		if (!q.isEmpty()) {
			b.queryParam("q", q);
		}
		type.forEach(v -> b.queryParam("type", v));
		sido.forEach(v -> b.queryParam("sido", v));
		region.forEach(v -> b.queryParam("region", v));
		industry.forEach(v -> b.queryParam("industry", v));
		purpose.forEach(v -> b.queryParam("purpose", v));
		center.forEach(v -> b.queryParam("center", v));
		if (sort != null) {
			b.queryParam("sort", sort);
		}
		return b.encode().build().getQuery();
	}

	private static <T> List<T> clean(List<T> values) {
		return values == null ? List.of()
				: values.stream().filter(v -> v != null && !(v instanceof String s && s.isBlank())).distinct().limit(30).toList();
	}
}
