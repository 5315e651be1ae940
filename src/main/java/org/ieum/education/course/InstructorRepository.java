package org.ieum.education.course;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstructorRepository extends JpaRepository<Instructor, Long> {

	List<Instructor> findByCenterIdInOrderByNameAscIdAsc(Collection<Long> centerIds);

	List<Instructor> findByCenterIdOrderByNameAscIdAsc(long centerId);
}
