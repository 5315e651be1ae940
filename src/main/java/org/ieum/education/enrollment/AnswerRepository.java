package org.ieum.education.enrollment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AnswerRepository extends JpaRepository<Answer, Answer.Key> {

	List<Answer> findByKeyEnrollmentIdIn(Collection<Long> enrollmentIds);
}
