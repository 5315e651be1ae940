package org.ieum.centers;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SiteRepository extends JpaRepository<Site, Long> {

	/** Main site first, then the others in the order they were added. */
	List<Site> findByCenterIdOrderByMainSiteDescIdAsc(Long centerId);
}
