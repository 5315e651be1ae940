package org.ieum.market.procurement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PurchaseRepository extends JpaRepository<Purchase, Long> {

	Page<Purchase> findByCenterIdInAndContractDateBetweenOrderByContractDateDescIdDesc(Collection<Long> centerIds,
			LocalDate from, LocalDate until, Pageable page);

	@Query("select p from Purchase p where p.centerId in :centerIds and p.confirmedAt is not null"
			+ " and p.contractDate between :from and :until")
	List<Purchase> confirmedIn(Collection<Long> centerIds, LocalDate from, LocalDate until);

	@Query("select distinct year(p.contractDate) from Purchase p where p.centerId in :centerIds")
	List<Integer> yearsIn(Collection<Long> centerIds);

	List<Purchase> findByOrganizationIdInOrderByContractDateDescIdDesc(Collection<Long> organizationIds);

	boolean existsByBuyerId(long buyerId);

	long countByCenterIdInAndConfirmedAtIsNullAndContractDateBetween(Collection<Long> centerIds, LocalDate from,
			LocalDate until);
}
