package org.ieum.programs;

import java.time.Instant;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
import org.ieum.shared.search.LikeSearch;
import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announced support-program calls in the site search (drafts stay with staff). A center has a
 * few calls a year: a case-insensitive search of the words as written in the title and the
 * purpose is enough and needs no index.
 */
@Component
class CallSiteSearch implements SiteSearchSource {

	private final LikeSearch search;

	CallSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.search = new LikeSearch(entityManager,
				id -> centers.findById(id).map(c -> new LikeSearch.Center(c.slug(), c.name())),
				"c.id, c.centerId, c.title, c.purpose, c.opensAt",
				"from ProgramCall c where c.announcedAt is not null and (:all = true or c.centerId = :center)"
						+ " and (lower(c.title) like :p escape '!' or lower(c.purpose) like :p escape '!')",
				"c.opensAt desc, c.id desc");
	}

	@Override
	public String kind() {
		return "calls";
	}

	@Override
	public String labelKey() {
		return "search.kind.calls";
	}

	@Override
	public int order() {
		return 50;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		return search.page(scope, query, page, size, (r, portal, place) -> new SiteSearchHit((String) r[2],
				portal + "/programs/" + r[0], Marks.snippet((String) r[3], query, 160), Seoul.at((Instant) r[4]).toLocalDate(),
				place));
	}
}
