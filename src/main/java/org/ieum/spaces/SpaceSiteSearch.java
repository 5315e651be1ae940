package org.ieum.spaces;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CentersApi;
import org.ieum.shared.search.LikeSearch;
import org.ieum.shared.search.Marks;
import org.ieum.shared.search.SiteSearchHit;
import org.ieum.shared.search.SiteSearchPage;
import org.ieum.shared.search.SiteSearchScope;
import org.ieum.shared.search.SiteSearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rooms and spaces offered for booking in the site search. A center has a handful: a
 * case-insensitive search of the words as written in the name, location and equipment is
 * enough and needs no index.
 */
@Component
class SpaceSiteSearch implements SiteSearchSource {

	private final LikeSearch search;

	SpaceSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.search = new LikeSearch(entityManager,
				id -> centers.findById(id).map(c -> new LikeSearch.Center(c.slug(), c.name())),
				"s.id, s.centerId, s.name, s.location, s.equipment",
				"from Space s where s.active = true and (:all = true or s.centerId = :center)"
						+ " and (lower(s.name) like :p escape '!' or lower(s.location) like :p escape '!'"
						+ " or lower(s.equipment) like :p escape '!')",
				"s.name, s.id");
	}

	@Override
	public String kind() {
		return "spaces";
	}

	@Override
	public String labelKey() {
		return "search.kind.spaces";
	}

	@Override
	public int order() {
		return 60;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		return search.page(scope, query, page, size, (r, portal, place) -> {
			String text = String.join(" · ", r[3] == null ? "" : (String) r[3], r[4] == null ? "" : (String) r[4]);
			return new SiteSearchHit((String) r[2], portal + "/spaces/" + r[0], Marks.snippet(text, query, 160), null, place);
		});
	}
}
