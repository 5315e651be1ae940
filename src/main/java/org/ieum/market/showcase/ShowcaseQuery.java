package org.ieum.market.showcase;

import org.ieum.enterprises.DesignationType;
import org.ieum.market.PriceRange;

/**
 * What a visitor asks the showcase: words and one choice per facet, each optional.
 *
 * @param sido the region (시도) of the selling organization
 */
public record ShowcaseQuery(String q, Long category, String sido, DesignationType type, PriceRange price, int page) {

	static final int MAX_WORDS = 100;

	public ShowcaseQuery {
		q = q == null ? "" : q.strip();
		if (q.length() > MAX_WORDS) {
			q = q.substring(0, MAX_WORDS);
		}
		sido = sido == null || sido.isBlank() ? null : sido.strip();
		page = Math.max(0, page);
	}

	static ShowcaseQuery all() {
		return new ShowcaseQuery("", null, null, null, null, 0);
	}
}
