package org.ieum.identity.access;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccessLogHeadRepository extends JpaRepository<AccessLogHead, Integer> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select h from AccessLogHead h where h.id = 1")
	Optional<AccessLogHead> lockHead();
}
