package org.ieum.programs.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ApplicationRepository extends JpaRepository<Application, Long> {

	public Optional<Application> findByCallIdAndApplicantKey(long callId, String applicantKey);

	public List<Application> findByApplicantAccountIdOrderByIdDesc(long accountId);

	public List<Application> findByCallIdAndStatusOrderByIdAsc(long callId, ApplicationStatus status);

	public List<Application> findByCallIdInAndStatus(Collection<Long> callIds, ApplicationStatus status);

	public boolean existsByCallId(long callId);
}
