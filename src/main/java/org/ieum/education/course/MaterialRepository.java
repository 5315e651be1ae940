package org.ieum.education.course;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MaterialRepository extends JpaRepository<Material, Long> {

	List<Material> findByCourseIdOrderByIdAsc(long courseId);
}
