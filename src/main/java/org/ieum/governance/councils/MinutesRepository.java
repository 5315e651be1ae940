package org.ieum.governance.councils;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MinutesRepository extends JpaRepository<Minutes, Long> {

	List<Minutes> findByMeetingIdOrderByVersionNoDesc(long meetingId);
}
