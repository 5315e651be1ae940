package org.ieum.governance.councils;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	List<Meeting> findByCouncilIdOrderByStartsAtDescIdDesc(long councilId);

	List<Meeting> findByCouncilIdInOrderByStartsAtDescIdDesc(Collection<Long> councilIds);
}
