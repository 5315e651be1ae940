package org.ieum.programs;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ApplicationRepository extends JpaRepository<Application, Long> {

	Optional<Application> findByCallIdAndApplicantKey(long callId, String applicantKey);

	List<Application> findByApplicantAccountIdOrderByIdDesc(long accountId);

	List<Application> findByCallIdAndStatusOrderByIdAsc(long callId, ApplicationStatus status);

	List<Application> findByCallIdInAndStatus(Collection<Long> callIds, ApplicationStatus status);

	boolean existsByCallId(long callId);
}
