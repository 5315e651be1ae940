package org.ieum.shared.search;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * A site search source over a few rows per center (courses, calls, rooms, a center's pages): the
 * words are matched as written, case-insensitively, with a {@code like} pattern, and need no index.
 * <p>
 * The JPQL {@code from ... where} part names three parameters: {@code :p} (the pattern of
 * {@link Marks#likePattern}, to be used with {@code escape '!'}), and {@code :all} and
 * {@code :center}, to be used as {@code (:all = true or x.centerId = :center)} so that one query
 * serves the whole network and one portal. The select list starts with the row's id and its
 * center's id. A caller's {@code @Transactional(readOnly = true)} method runs it.
 */
public final class LikeSearch {

	/** The center a row belongs to, as the site search shows it. */
	public record Center(String slug, String name) {
	}

	/** Makes one hit of a row of the select list. */
	@FunctionalInterface
	public interface Hits {

		/**
		 * @param row the selected values, the row's id and its center's id first
		 * @param portal the address of the center's portal ({@code /c/slug}) to put the hit's path after
		 * @param place the center's name on network-wide results, otherwise null
		 */
		SiteSearchHit hit(Object[] row, String portal, String place);
	}

	private final EntityManager entityManager;
	private final LongFunction<Optional<Center>> centers;
	private final String select;
	private final String from;
	private final String orderBy;

	/**
	 * @param centers a center by its id
	 * @param select the select list, e.g. {@code c.id, c.centerId, c.title}
	 * @param from the {@code from ... where} part, e.g. {@code from Course c where ...}
	 * @param orderBy the order of the hits, e.g. {@code c.title, c.id}
	 */
	public LikeSearch(EntityManager entityManager, LongFunction<Optional<Center>> centers, String select, String from,
			String orderBy) {
		this.entityManager = entityManager;
		this.centers = centers;
		this.select = select;
		this.from = from;
		this.orderBy = orderBy;
	}

	/** One page of the rows that match, as hits, with how many match in all. */
	public SiteSearchPage page(SiteSearchScope scope, String query, int page, int size, Hits hits) {
		long total = matching("select count(*) " + from, Long.class, scope, query).getSingleResult();
		if (total == 0 || size <= 0) {
			return new SiteSearchPage(total, List.of());
		}
		List<Object[]> rows = matching("select " + select + " " + from + " order by " + orderBy, Object[].class, scope,
				query)
			.setFirstResult(page * size).setMaxResults(size).getResultList();
		return new SiteSearchPage(total, rows.stream().map(row -> {
			Optional<Center> center = centers.apply((Long) row[1]);
			return hits.hit(row, "/c/" + center.map(Center::slug).orElse(""),
					scope.isNetwork() ? center.map(Center::name).orElse(null) : null);
		}).toList());
	}

	/** At most {@code limit} of the rows that match, in order, for a source that merges rows into hits itself. */
	public List<Object[]> rows(SiteSearchScope scope, String query, int limit) {
		return matching("select " + select + " " + from + " order by " + orderBy, Object[].class, scope, query)
			.setMaxResults(limit).getResultList();
	}

	private <T> TypedQuery<T> matching(String jpql, Class<T> type, SiteSearchScope scope, String query) {
		return entityManager.createQuery(jpql, type)
			.setParameter("all", scope.isNetwork())
			.setParameter("center", scope.isNetwork() ? -1L : scope.centerId())
			.setParameter("p", Marks.likePattern(query));
	}
}
