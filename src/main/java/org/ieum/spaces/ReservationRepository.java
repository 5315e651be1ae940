package org.ieum.spaces;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReservationRepository extends JpaRepository<Reservation, Long> {

	/** Live (pending or confirmed) reservations of a space whose held time touches [from, to). */
	default List<Reservation> findLiveOverlapping(long spaceId, Instant from, Instant to) {
		return findLiveOverlapping(spaceId, from, to, from.minus(Reservation.MAX_HELD));
	}

	/**
	 * As above. {@code earliestStart} bounds the index range: no reservation holds longer than
	 * {@link Reservation#MAX_HELD} (a check constraint), so one that starts earlier cannot reach
	 * {@code from}, and the scan stays short however many reservations the space has had. The
	 * statuses are written out, not a list parameter: Hibernate keeps the translated SQL of a
	 * query only when no parameter is a list.
	 */
	@Query("""
			select r from Reservation r where r.spaceId = :spaceId
			and r.status in (org.ieum.spaces.ReservationStatus.PENDING, org.ieum.spaces.ReservationStatus.CONFIRMED)
			and r.startsAt < :to and r.startsAt > :earliestStart and r.blockedUntil > :from order by r.startsAt""")
	List<Reservation> findLiveOverlapping(long spaceId, Instant from, Instant to, Instant earliestStart);

	/** Whether any live reservation holds time in [from, to), for the booking check: counted, not loaded. */
	default boolean anyLiveOverlapping(long spaceId, Instant from, Instant to) {
		return anyLiveOverlapping(spaceId, from, to, from.minus(Reservation.MAX_HELD));
	}

	@Query("""
			select case when count(r) > 0 then true else false end from Reservation r where r.spaceId = :spaceId
			and r.status in (org.ieum.spaces.ReservationStatus.PENDING, org.ieum.spaces.ReservationStatus.CONFIRMED)
			and r.startsAt < :to and r.startsAt > :earliestStart and r.blockedUntil > :from""")
	boolean anyLiveOverlapping(long spaceId, Instant from, Instant to, Instant earliestStart);

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

	List<Reservation> findBySeriesOrderByStartsAt(String series);
}
