package org.ieum.shared.imports;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface KeptUploadRepository extends JpaRepository<KeptUpload, Long> {

	List<KeptUpload> findByStatusAndCreatedAtBefore(KeptUpload.Status status, Instant before);

	/**
	 * Marks a pending upload applied, in one statement that only a pending upload passes: of two
	 * confirmations at once, the second waits for the first's row lock and then finds it applied.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("""
			update KeptUpload u set u.status = :applied, u.appliedAt = :now, u.createdCount = :created,
			 u.updatedCount = :updated, u.unchangedCount = :unchanged, u.rejectedCount = :rejected
			 where u.id = :id and u.status = :pending""")
	int markApplied(long id, int created, int updated, int unchanged, int rejected, Instant now,
			KeptUpload.Status applied, KeptUpload.Status pending);
}
