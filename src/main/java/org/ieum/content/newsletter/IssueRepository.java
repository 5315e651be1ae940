package org.ieum.content.newsletter;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

	List<Issue> findTop50ByCenterIdOrderByIdDesc(long centerId);

	/** The issue, locked until the end of the transaction: one batch at a time, whoever queues it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select i from Issue i where i.id = ?1")
	Optional<Issue> findForUpdate(long id);

	List<Issue> findByStatus(Issue.Status status);
}
