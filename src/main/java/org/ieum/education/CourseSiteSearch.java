package org.ieum.education;

import java.time.LocalDate;
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
 * Courses and events in the site search. A center has tens of courses, not thousands: a
 * case-insensitive search of the words as written in the title, description and place is
 * enough and needs no index (Nori's spacing-blind matching is for posts and organizations).
 */
@Component
class CourseSiteSearch implements SiteSearchSource {

	private static final String MATCHING = " from Course c where (:all = true or c.centerId = :center)"
			+ " and (lower(c.title) like :p escape '!' or lower(c.description) like :p escape '!'"
			+ " or lower(c.place) like :p escape '!')";

	private final EntityManager entityManager;
	private final CentersApi centers;

	CourseSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.entityManager = entityManager;
		this.centers = centers;
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
		String pattern = Marks.likePattern(query);
		long total = entityManager.createQuery("select count(c)" + MATCHING, Long.class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).getSingleResult();
		if (total == 0 || size <= 0) {
			return new SiteSearchPage(total, List.of());
		}
		List<Object[]> rows = entityManager
			.createQuery("select c.id, c.centerId, c.title, c.description, c.registrationOpens" + MATCHING
					+ " order by c.registrationOpens desc, c.id desc", Object[].class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).setFirstResult(page * size).setMaxResults(size).getResultList();
		return new SiteSearchPage(total, rows.stream().map(r -> {
			CenterSummary center = centers.findById((Long) r[1]).orElse(null);
			String slug = center == null ? "" : center.slug();
			return new SiteSearchHit((String) r[2], "/c/" + slug + "/education/" + r[0],
					Marks.snippet((String) r[3], query, 160), (LocalDate) r[4],
					scope.isNetwork() && center != null ? center.name() : null);
		}).toList());
	}
}
