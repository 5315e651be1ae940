package org.ieum.spaces;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
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

	private static final String MATCHING = " from Space s where s.active = true"
			+ " and (:all = true or s.centerId = :center)"
			+ " and (lower(s.name) like :p escape '!' or lower(s.location) like :p escape '!'"
			+ " or lower(s.equipment) like :p escape '!')";

	private final EntityManager entityManager;
	private final CentersApi centers;

	SpaceSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.entityManager = entityManager;
		this.centers = centers;
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
		String pattern = Marks.likePattern(query);
		long total = entityManager.createQuery("select count(s)" + MATCHING, Long.class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).getSingleResult();
		if (total == 0 || size <= 0) {
			return new SiteSearchPage(total, List.of());
		}
		List<Object[]> rows = entityManager
			.createQuery("select s.id, s.centerId, s.name, s.location, s.equipment" + MATCHING
					+ " order by s.name, s.id", Object[].class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).setFirstResult(page * size).setMaxResults(size).getResultList();
		return new SiteSearchPage(total, rows.stream().map(r -> {
			CenterSummary center = centers.findById((Long) r[1]).orElse(null);
			String slug = center == null ? "" : center.slug();
			String text = String.join(" · ", r[3] == null ? "" : (String) r[3], r[4] == null ? "" : (String) r[4]);
			return new SiteSearchHit((String) r[2], "/c/" + slug + "/spaces/" + r[0], Marks.snippet(text, query, 160),
					null, scope.isNetwork() && center != null ? center.name() : null);
		}).toList());
	}
}
