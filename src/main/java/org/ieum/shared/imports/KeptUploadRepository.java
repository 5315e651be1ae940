package org.ieum.shared.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KeptUploadRepository extends JpaRepository<KeptUpload, Long> {

	List<KeptUpload> findByStatusAndCreatedAtBefore(KeptUpload.Status status, Instant before);
}
