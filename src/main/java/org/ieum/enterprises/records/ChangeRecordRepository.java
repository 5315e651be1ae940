package org.ieum.enterprises.records;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {

	List<ChangeRecord> findByOrganizationIdOrderByChangedAtDescIdDesc(long organizationId);

	List<ChangeRecord> findByActorAccountId(long actorAccountId);
}
