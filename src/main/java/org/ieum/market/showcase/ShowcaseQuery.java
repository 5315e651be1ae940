package org.ieum.market.showcase;

import org.ieum.enterprises.DesignationType;
import org.ieum.market.PriceRange;
import org.ieum.shared.web.PageRequests;

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
		page = PageRequests.page(page);
	}

	static ShowcaseQuery all() {
		return new ShowcaseQuery("", null, null, null, null, 0);
	}
}
