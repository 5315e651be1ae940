package org.ieum.shared.search;

import java.util.List;

/** A page of hits and how many match in all. */
public record SiteSearchPage(long total, List<SiteSearchHit> hits) {

	public static SiteSearchPage empty() {
		return new SiteSearchPage(0, List.of());
	}

	/** A page cut from a list a source found whole (a small module's database query). */
	public static SiteSearchPage of(List<SiteSearchHit> all, int page, int size) {
		long from = (long) page * size;
		if (from >= all.size()) {
			return new SiteSearchPage(all.size(), List.of());
		}
		return new SiteSearchPage(all.size(), all.subList((int) from, (int) Math.min(all.size(), from + size)));
	}
}
