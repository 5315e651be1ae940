package org.ieum.enterprises.employment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmploymentRecordRepository extends JpaRepository<EmploymentRecord, Long> {

	List<EmploymentRecord> findByOrganizationIdOrderByYearDesc(long organizationId);

	Optional<EmploymentRecord> findByOrganizationIdAndYear(long organizationId, int year);

	/**
	 * Per year, the organizations of these centers with figures on file and their sums: an organization owned by two
	 * centers in scope counts once; founding teams, which are not counted anywhere public, are left out.
	 * Each row: year, organizations, employees, vulnerable, new hires.
	 */
	@Query("""
			select e.year, count(distinct e.organizationId), sum(e.employees), sum(e.vulnerable), sum(e.newHires)
			from EmploymentRecord e
			where e.year between :fromYear and :toYear
			  and e.organizationId in (select o.id from Organization o join o.centerIds c
			                           where c in :centerIds and o.foundingTeam = false)
			group by e.year
			order by e.year""")
	List<Object[]> totalsByYear(@Param("centerIds") Collection<Long> centerIds, @Param("fromYear") int fromYear,
			@Param("toYear") int toYear);
}
