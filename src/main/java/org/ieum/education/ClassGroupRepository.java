package org.ieum.education;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClassGroupRepository extends JpaRepository<ClassGroup, Long> {

	List<ClassGroup> findByCourseIdOrderByIdAsc(long courseId);
}
