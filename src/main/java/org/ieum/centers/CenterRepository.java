package org.ieum.centers;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CenterRepository extends JpaRepository<Center, Long> {

	Optional<Center> findBySlug(String slug);

	boolean existsBySlug(String slug);

	List<Center> findByParentIdOrderByName(Long parentId);
}
