package org.ieum.enterprises.journey;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ObligationReminderRepository extends JpaRepository<ObligationReminder, Long> {

	@Query("select count(r) > 0 from ObligationReminder r where r.obligationKey = :key and r.daysBefore = :days")
	boolean sent(@Param("key") String key, @Param("days") int daysBefore);

	List<ObligationReminder> findByObligationKeyIn(Collection<String> keys);
}
