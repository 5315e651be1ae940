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
	default List<Reservation> findOverlapping(long spaceId, Collection<ReservationStatus> statuses, Instant from,
			Instant to) {
		return findOverlapping(spaceId, statuses, from, to, from.minus(Reservation.MAX_HELD));
	}

	/** As above; {@code earliestStart} bounds the index range (see {@link #anyOverlapping}). */
	@Query("""
			select r from Reservation r where r.spaceId = :spaceId and r.status in :statuses
			and r.startsAt < :to and r.startsAt > :earliestStart and r.blockedUntil > :from order by r.startsAt""")
	List<Reservation> findOverlapping(long spaceId, Collection<ReservationStatus> statuses, Instant from, Instant to,
			Instant earliestStart);

	/**
	 * Whether any of them holds time in [from, to), for the booking check: counted, not loaded, and
	 * only among reservations starting after {@code from} minus the longest a reservation can hold
	 * ({@link Reservation#MAX_HELD}, a check constraint), so the index range stays short however
	 * many reservations the space has had.
	 */
	@Query("""
			select case when count(r) > 0 then true else false end from Reservation r where r.spaceId = :spaceId
			and r.status in :statuses
			and r.startsAt < :to and r.startsAt > :earliestStart and r.blockedUntil > :from""")
	boolean anyOverlapping(long spaceId, Collection<ReservationStatus> statuses, Instant from, Instant to,
			Instant earliestStart);

	default boolean anyOverlapping(long spaceId, Collection<ReservationStatus> statuses, Instant from, Instant to) {
		return anyOverlapping(spaceId, statuses, from, to, from.minus(Reservation.MAX_HELD));
	}

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
