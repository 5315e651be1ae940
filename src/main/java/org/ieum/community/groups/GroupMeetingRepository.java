package org.ieum.community.groups;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupMeetingRepository extends JpaRepository<GroupMeeting, Long> {

	List<GroupMeeting> findByGroupIdAndCancelledAtIsNullAndEndsAtAfterOrderByStartsAtAsc(long groupId, Instant after);

	List<GroupMeeting> findByCenterIdAndCancelledAtIsNullAndStartsAtGreaterThanEqualAndStartsAtLessThanOrderByStartsAtAsc(
			long centerId, Instant from, Instant to);
}
