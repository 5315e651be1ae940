package org.ieum.consulting.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ConsultingSessionRepository extends JpaRepository<ConsultingSession, Long> {

	@Query("""
			select s from ConsultingSession s where s.expertId in :expertIds and s.status <> :cancelled
			and s.startsAt < :endsAt and s.endsAt > :startsAt""")
	List<ConsultingSession> overlapping(@Param("expertIds") Collection<Long> expertIds, @Param("startsAt") Instant startsAt,
			@Param("endsAt") Instant endsAt, @Param("cancelled") SessionStatus cancelled);

	@Query("""
			select coalesce(sum(s.minutes), 0) from ConsultingSession s where s.budgetKey = :key
			and s.budgetYear = :year and s.status <> :cancelled""")
	long minutesUsed(@Param("key") String budgetKey, @Param("year") int year,
			@Param("cancelled") SessionStatus cancelled);

	List<ConsultingSession> findByRequestIdOrderByStartsAtAscIdAsc(long requestId);

	List<ConsultingSession> findByRequestIdIn(Collection<Long> requestIds);

	List<ConsultingSession> findByStatusAndReminderSentAtIsNullAndStartsAtBetween(SessionStatus status, Instant from,
			Instant to);

	/** Marks the reminder sent only if nobody did yet; 1 means this caller sends it. */
	@Modifying
	@Query("update ConsultingSession s set s.reminderSentAt = :now where s.id = :id and s.reminderSentAt is null")
	int markReminded(@Param("id") long id, @Param("now") Instant now);
}
