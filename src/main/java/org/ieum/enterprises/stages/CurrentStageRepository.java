package org.ieum.enterprises.stages;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CurrentStageRepository extends JpaRepository<CurrentStage, Long> {

	/** Organizations of the center per stage, as [stage, count] rows. */
	@Query("""
			select s.stage, count(s) from CurrentStage s
			where s.organizationId in (select o.id from Organization o join o.centerIds c where c = :center)
			group by s.stage""")
	List<Object[]> countByStageInCenter(@Param("center") long centerId);

	/** The center's organizations on these stages, the longest at their stage first. */
	@Query("""
			select s from CurrentStage s
			where s.organizationId in (select o.id from Organization o join o.centerIds c where c = :center)
			and s.stage in :stages
			order by s.since asc, s.organizationId asc""")
	List<CurrentStage> longestInCenter(@Param("center") long centerId, @Param("stages") Collection<Stage> stages,
			Pageable page);

	/** The center's organizations that no one has placed on a stage yet. */
	@Query("""
			select count(o) from Organization o join o.centerIds c
			where c = :center and not exists (select 1 from CurrentStage s where s.organizationId = o.id)""")
	long countUnplacedInCenter(@Param("center") long centerId);
}
