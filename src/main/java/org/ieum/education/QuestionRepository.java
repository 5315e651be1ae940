package org.ieum.education;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface QuestionRepository extends JpaRepository<Question, Long> {

	List<Question> findByCourseIdOrderBySortOrderAscIdAsc(long courseId);
}
