package org.ieum.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

	List<Product> findByOrganizationIdOrderByIdAsc(long organizationId);
}
