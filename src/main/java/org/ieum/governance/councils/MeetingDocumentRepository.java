package org.ieum.governance.councils;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

	List<MeetingDocument> findByMeetingIdOrderByIdAsc(long meetingId);
}
