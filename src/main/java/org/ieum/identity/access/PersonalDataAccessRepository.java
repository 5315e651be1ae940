package org.ieum.identity.access;

import java.time.Instant;
import java.util.stream.Stream;

import org.ieum.identity.PersonalDataAction;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PersonalDataAccessRepository extends JpaRepository<PersonalDataAccess, Long> {

	@Query("""
			select e from PersonalDataAccess e
			where (:actor = '' or lower(e.actorEmail) like concat('%', :actor, '%'))
			  and (:subject is null or e.subjectAccountId = :subject)
			  and (:action is null or e.action = :action)
			  and e.occurredAt >= :from and e.occurredAt < :to
			order by e.id desc""")
	Page<PersonalDataAccess> search(String actor, Long subject, PersonalDataAction action, Instant from, Instant to,
			Pageable page);

	@Query("select e from PersonalDataAccess e order by e.id")
	Stream<PersonalDataAccess> streamInOrder();
}
