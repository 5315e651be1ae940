package org.ieum.education.surveys;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

	List<SurveyResponse> findByCourseIdOrderByIdDesc(long courseId);

	List<SurveyResponse> findByCourseIdIn(Collection<Long> courseIds);

	boolean existsByEnrollmentId(long enrollmentId);
}
