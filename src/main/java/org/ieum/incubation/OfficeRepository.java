package org.ieum.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OfficeRepository extends JpaRepository<Office, Long> {

	/**
	 * The office row locked until the transaction ends (SELECT ... FOR UPDATE): every
	 * assignment goes through here, so two staff assigning the same office queue instead of
	 * both counting a free seat.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select o from Office o where o.id = :id")
	Optional<Office> lockById(@Param("id") long id);

	List<Office> findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(long centerId);

	List<Office> findByCenterIdInOrderByCenterIdAscIdAsc(Collection<Long> centerIds);
}
