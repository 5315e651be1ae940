package org.ieum.content.home;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HomePopupRepository extends JpaRepository<HomePopup, Long> {

	List<HomePopup> findByCenterIdOrderByShowFromDescIdDesc(long centerId);
}
