package org.ieum.consulting.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExpertRepository extends JpaRepository<Expert, Long> {

	/**
	 * The expert's row locked until the transaction ends (SELECT ... FOR UPDATE): every booking
	 * of a session goes through here, so two bookings for one expert queue and the second sees
	 * the first one's session when it checks for an overlap.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select e from Expert e where e.id = :id")
	Optional<Expert> lockById(@Param("id") long id);

	List<Expert> findByCenterIdInOrderByNameAscIdAsc(Collection<Long> centerIds);

	List<Expert> findByAccountId(long accountId);
}
