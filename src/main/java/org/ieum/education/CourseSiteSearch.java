package org.ieum.education;

import java.time.LocalDate;

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
 * Courses and events in the site search. A center has tens of courses, not thousands: a
 * case-insensitive search of the words as written in the title, description and place is
 * enough and needs no index (Nori's spacing-blind matching is for posts and organizations).
 */
@Component
class CourseSiteSearch implements SiteSearchSource {

	private final LikeSearch search;

	CourseSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.search = new LikeSearch(entityManager,
				id -> centers.findById(id).map(c -> new LikeSearch.Center(c.slug(), c.name())),
				"c.id, c.centerId, c.title, c.description, c.registrationOpens",
				"from Course c where (:all = true or c.centerId = :center) and (lower(c.title) like :p escape '!'"
						+ " or lower(c.description) like :p escape '!' or lower(c.place) like :p escape '!')",
				"c.registrationOpens desc, c.id desc");
	}

	@Override
	public String kind() {
		return "courses";
	}

	@Override
	public String labelKey() {
		return "search.kind.courses";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	@Transactional(readOnly = true)
	public SiteSearchPage search(SiteSearchScope scope, String query, int page, int size) {
		return search.page(scope, query, page, size, (r, portal, place) -> new SiteSearchHit((String) r[2],
				portal + "/education/" + r[0], Marks.snippet((String) r[3], query, 160), (LocalDate) r[4], place));
	}
}
