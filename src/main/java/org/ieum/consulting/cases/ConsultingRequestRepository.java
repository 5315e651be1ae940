package org.ieum.consulting.cases;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultingRequestRepository extends JpaRepository<ConsultingRequest, Long> {

	List<ConsultingRequest> findByClientAccountIdOrderByCreatedAtDescIdDesc(long accountId);

	List<ConsultingRequest> findByCenterIdInOrderByCreatedAtDescIdDesc(Collection<Long> centerIds);

	List<ConsultingRequest> findByExpertIdInOrderByCreatedAtDescIdDesc(Collection<Long> expertIds);

	List<ConsultingRequest> findByExpertIdIn(Collection<Long> expertIds);

	/**
	 * Locks every request sharing one hour budget, always in id order so two bookings never
	 * wait for each other in a circle: sessions of one organization booked with two experts at
	 * once still count their hours one after the other.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from ConsultingRequest r where r.budgetKey = :key order by r.id")
	List<ConsultingRequest> lockByBudgetKey(@Param("key") String budgetKey);
}
