package org.ieum.enterprises.records;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ProductRepository extends JpaRepository<Product, Long> {

	List<Product> findByOrganizationIdOrderByIdAsc(long organizationId);

	List<Product> findByOrganizationIdIn(Collection<Long> organizationIds);
}
