package org.ieum.content.guides;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface GuideTextRepository extends JpaRepository<GuideText, Long> {

	List<GuideText> findByCenterIdAndTopic(long centerId, GuideTopic topic);

	boolean existsByCenterId(long centerId);
}
