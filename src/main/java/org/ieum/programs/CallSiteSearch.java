package org.ieum.programs;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Seoul;
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

	private static final String MATCHING = " from ProgramCall c where c.announcedAt is not null"
			+ " and (:all = true or c.centerId = :center)"
			+ " and (lower(c.title) like :p escape '!' or lower(c.purpose) like :p escape '!')";

	private final EntityManager entityManager;
	private final CentersApi centers;

	CallSiteSearch(EntityManager entityManager, CentersApi centers) {
		this.entityManager = entityManager;
		this.centers = centers;
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
		String pattern = Marks.likePattern(query);
		long total = entityManager.createQuery("select count(c)" + MATCHING, Long.class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).getSingleResult();
		if (total == 0 || size <= 0) {
			return new SiteSearchPage(total, List.of());
		}
		List<Object[]> rows = entityManager
			.createQuery("select c.id, c.centerId, c.title, c.purpose, c.opensAt" + MATCHING
					+ " order by c.opensAt desc, c.id desc", Object[].class)
			.setParameter("all", scope.isNetwork()).setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", pattern).setFirstResult(page * size).setMaxResults(size).getResultList();
		return new SiteSearchPage(total, rows.stream().map(r -> {
			CenterSummary center = centers.findById((Long) r[1]).orElse(null);
			String slug = center == null ? "" : center.slug();
			return new SiteSearchHit((String) r[2], "/c/" + slug + "/programs/" + r[0],
					Marks.snippet((String) r[3], query, 160), Seoul.at((Instant) r[4]).toLocalDate(),
					scope.isNetwork() && center != null ? center.name() : null);
		}).toList());
	}
}
