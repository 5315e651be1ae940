package org.ieum.education.attendance;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AttendanceRepository extends JpaRepository<AttendanceRecord, AttendanceRecord.Key> {

	List<AttendanceRecord> findByKeyEnrollmentIdIn(Collection<Long> enrollmentIds);

	List<AttendanceRecord> findByKeySessionId(long sessionId);

	long countByKeyEnrollmentId(long enrollmentId);
}
