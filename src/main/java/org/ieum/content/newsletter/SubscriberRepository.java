package org.ieum.content.newsletter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SubscriberRepository extends JpaRepository<Subscriber, Long> {

	Optional<Subscriber> findByCenterIdAndEmail(long centerId, String email);

	Optional<Subscriber> findByConfirmHash(String confirmHash);

	Optional<Subscriber> findByUnsubscribeToken(String token);

	/** The next confirmed subscribers after a cursor, for queueing an issue in batches. */
	List<Subscriber> findByCenterIdAndConfirmedTrueAndIdGreaterThanOrderByIdAsc(long centerId, long after,
			Pageable batch);

	long countByCenterIdAndConfirmed(long centerId, boolean confirmed);

	Page<Subscriber> findByCenterIdOrderByIdDesc(long centerId, Pageable page);

	@Query("select s from Subscriber s where s.confirmed = false and s.confirmSentAt <= ?1")
	List<Subscriber> expiredBefore(Instant limit);
}
