package org.ieum.market.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ListingRepository extends JpaRepository<Listing, Long> {

	@Query("select distinct l from Listing l join l.centerIds c where c in :centers order by l.organizationName, l.name, l.productId")
	List<Listing> shownIn(Collection<Long> centers);

	@Query(value = "select l from Listing l where exists (select 1 from Listing m join m.centerIds c where m = l and c in :centers)"
			+ " order by l.organizationName, l.name, l.productId",
			countQuery = "select count(l) from Listing l where exists (select 1 from Listing m join m.centerIds c where m = l and c in :centers)")
	Page<Listing> shownIn(Collection<Long> centers, Pageable pageable);

	@Query("select distinct l from Listing l join l.centerIds c where l.featured = true and c in :centers order by l.name, l.productId")
	List<Listing> featuredIn(Collection<Long> centers);

	List<Listing> findByCategoryId(long categoryId);

	List<Listing> findByOrganizationIdIn(Collection<Long> organizationIds);

	@Query("select count(l) > 0 from Listing l join l.categoryPath c where c = :categoryId")
	boolean anyIn(long categoryId);

	/**
	 * The listings in this category or one below it (the path holds every category above a listing's own) shown in
	 * these centers' portals: what a buyer need in the category matches.
	 */
	@Query("select distinct l from Listing l join l.categoryPath p join l.centerIds c where p = :categoryId and c in :centers"
			+ " order by l.organizationName, l.organizationId, l.name, l.productId")
	List<Listing> offering(long categoryId, Collection<Long> centers);
}
