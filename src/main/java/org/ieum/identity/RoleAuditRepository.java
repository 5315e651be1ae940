package org.ieum.identity;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleAuditRepository extends JpaRepository<RoleAudit, Long> {

	Page<RoleAudit> findAllByOrderByIdDesc(Pageable page);

	List<RoleAudit> findBySubjectAccountIdOrderById(long subjectAccountId);
}
