package org.ieum.spaces;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReservationRepository extends JpaRepository<Reservation, Long> {

	/** Live reservations of a space whose held time touches [from, to). */
	@Query("""
			select r from Reservation r where r.spaceId = :spaceId and r.status in :statuses
			and r.startsAt < :to and r.blockedUntil > :from order by r.startsAt""")
	List<Reservation> findOverlapping(long spaceId, Collection<ReservationStatus> statuses, Instant from, Instant to);

	/** Whether any of them holds time in [from, to): one row looked at, none loaded (the booking check). */
	boolean existsBySpaceIdAndStatusInAndStartsAtLessThanAndBlockedUntilGreaterThan(long spaceId,
			Collection<ReservationStatus> statuses, Instant to, Instant from);

	@Query("""
			select r from Reservation r where r.spaceId in :spaceIds and r.status in :statuses
			and r.startsAt < :to and r.endsAt > :from order by r.startsAt""")
	List<Reservation> findInPeriod(Collection<Long> spaceIds, Collection<ReservationStatus> statuses, Instant from,
			Instant to);

	Page<Reservation> findByAccountIdOrderByStartsAtDesc(long accountId, Pageable pageable);

	List<Reservation> findByAccountIdAndStartsAtGreaterThanEqualOrderByStartsAt(long accountId, Instant from);

	List<Reservation> findByAccountId(long accountId);

	List<Reservation> findByAccountIdAndStatusAndStartsAtAfter(long accountId, ReservationStatus status, Instant after);

	List<Reservation> findBySpaceIdInAndStatusOrderByStartsAt(Collection<Long> spaceIds, ReservationStatus status);

	List<Reservation> findByStatusAndStartsAtBefore(ReservationStatus status, Instant before);
}
