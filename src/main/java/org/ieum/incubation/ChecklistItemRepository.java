package org.ieum.incubation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

	List<ChecklistItem> findByTenancyIdOrderBySortOrderAscIdAsc(long tenancyId);
}
