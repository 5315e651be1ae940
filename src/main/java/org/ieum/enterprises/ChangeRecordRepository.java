package org.ieum.enterprises;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChangeRecordRepository extends JpaRepository<ChangeRecord, Long> {

	List<ChangeRecord> findByOrganizationIdOrderByChangedAtDescIdDesc(long organizationId);

	List<ChangeRecord> findByActorAccountId(long actorAccountId);
}
