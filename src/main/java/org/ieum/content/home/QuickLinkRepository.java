package org.ieum.content.home;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuickLinkRepository extends JpaRepository<QuickLink, Long> {

	List<QuickLink> findByCenterIdOrderByPositionAscIdAsc(long centerId);
}
