package org.ieum.content.newsletter;

import java.time.Instant;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ExpiredLinkRepository extends JpaRepository<ExpiredLink, String> {

	@Modifying
	@Query("delete from ExpiredLink e where e.expiredAt < ?1")
	int deleteOlderThan(Instant limit);
}
