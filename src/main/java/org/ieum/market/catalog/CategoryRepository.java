package org.ieum.market.catalog;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CategoryRepository extends JpaRepository<Category, Long> {

	List<Category> findAllByOrderByPositionAscIdAsc();

	boolean existsByParentIdAndName(Long parentId, String name);

	boolean existsByParentIdIsNullAndName(String name);

	boolean existsByParentId(long parentId);
}
