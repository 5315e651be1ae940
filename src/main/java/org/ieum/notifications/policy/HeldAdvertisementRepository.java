package org.ieum.notifications.policy;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface HeldAdvertisementRepository extends JpaRepository<HeldAdvertisement, Long> {

	@Query("select h.id from HeldAdvertisement h where h.dueAt <= :now order by h.dueAt, h.id")
	List<Long> dueIds(Instant now, Pageable page);

	/** Takes the row for this run: 1 for the one run that may hand it over, 0 for any other. */
	@Modifying
	@Query("delete from HeldAdvertisement h where h.id = :id")
	int take(long id);

	@Modifying
	@Query("delete from HeldAdvertisement h where h.accountId = :accountId")
	void deleteOfAccount(long accountId);
}
