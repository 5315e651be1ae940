package org.ieum.identity.accounts;

import java.util.List;

import org.ieum.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleAuditRepository extends JpaRepository<RoleAudit, Long> {

	Page<RoleAudit> findAllByOrderByIdDesc(Pageable page);

	@Query("""
			select a from RoleAudit a
			where (:actor = '' or lower(a.actorEmail) like concat('%', :actor, '%'))
			  and (:subject is null or a.subjectAccountId = :subject)
			  and (:role is null or a.role = :role)
			order by a.id desc""")
	Page<RoleAudit> search(String actor, Long subject, Role role, Pageable page);

	List<RoleAudit> findBySubjectAccountIdOrderById(long subjectAccountId);
}
