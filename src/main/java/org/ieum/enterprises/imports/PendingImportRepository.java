package org.ieum.enterprises.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PendingImportRepository extends JpaRepository<PendingImport, Long> {

	List<PendingImport> findByStatusAndCreatedAtBefore(PendingImport.Status status, Instant before);
}
