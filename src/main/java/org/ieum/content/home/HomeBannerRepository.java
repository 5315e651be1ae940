package org.ieum.content.home;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HomeBannerRepository extends JpaRepository<HomeBanner, Long> {

	List<HomeBanner> findByCenterIdOrderByPositionAscIdAsc(long centerId);
}
