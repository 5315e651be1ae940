package org.ieum.enterprises.records;

import org.ieum.enterprises.DesignationStatus;
import org.ieum.enterprises.OrganizationStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DesignationRepository extends JpaRepository<Designation, Long> {

	List<Designation> findByOrganizationIdOrderByDesignatedOnDescIdDesc(long organizationId);

	List<Designation> findByOrganizationIdIn(Collection<Long> organizationIds);

	/** Active designations whose last valid day falls in [from, to], for organizations owned by these centers. */
	@Query("""
			select d from Designation d
			where d.status = org.ieum.enterprises.DesignationStatus.ACTIVE
			  and d.validUntil >= :from and d.validUntil <= :to
			  and exists (select o.id from Organization o join o.centerIds c
			              where o.id = d.organizationId and c in :centers
			                and o.status <> org.ieum.enterprises.OrganizationStatus.CLOSED)
			order by d.validUntil, d.id
			""")
	List<Designation> expiring(@Param("from") LocalDate from, @Param("to") LocalDate to,
			@Param("centers") Collection<Long> centerIds);
}
