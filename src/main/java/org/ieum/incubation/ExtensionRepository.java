package org.ieum.incubation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExtensionRepository extends JpaRepository<Extension, Long> {

	List<Extension> findByTenancyIdOrderByExtendedAtAscIdAsc(long tenancyId);
}
