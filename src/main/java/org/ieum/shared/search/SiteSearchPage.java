package org.ieum.shared.search;

import java.util.List;

/** A page of hits and how many match in all. */
public record SiteSearchPage(long total, List<SiteSearchHit> hits) {

	public static SiteSearchPage empty() {
		return new SiteSearchPage(0, List.of());
	}
}
