package org.ieum.enterprises.journey;

import java.util.Collection;
import java.util.List;

import org.ieum.enterprises.records.Designation;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The designations obligations are derived from: not cancelled, of organizations that are not closed. */
interface ObligationSources extends Repository<Designation, Long> {

	@Query("""
			select d from Designation d
			where d.status <> org.ieum.enterprises.DesignationStatus.CANCELLED
			  and exists (select o.id from Organization o join o.centerIds c
			              where o.id = d.organizationId and c in :centers
			                and o.status <> org.ieum.enterprises.OrganizationStatus.CLOSED)
			order by d.organizationId, d.id
			""")
	List<Designation> inCenters(@Param("centers") Collection<Long> centerIds);

	@Query("""
			select d from Designation d
			where d.status <> org.ieum.enterprises.DesignationStatus.CANCELLED
			  and exists (select o.id from Organization o
			              where o.id = d.organizationId and o.status <> org.ieum.enterprises.OrganizationStatus.CLOSED)
			order by d.organizationId, d.id
			""")
	List<Designation> everywhere();

	@Query("""
			select d from Designation d
			where d.organizationId = :organization and d.status <> org.ieum.enterprises.DesignationStatus.CANCELLED
			order by d.id
			""")
	List<Designation> ofOrganization(@Param("organization") long organizationId);
}
