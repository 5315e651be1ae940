package org.ieum.education;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByCourseIdOrderByIdAsc(long courseId);
}
