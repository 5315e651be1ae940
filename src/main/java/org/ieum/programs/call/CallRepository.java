package org.ieum.programs.call;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CallRepository extends JpaRepository<ProgramCall, Long> {

	public List<ProgramCall> findByCenterIdOrderByOpensAtDescIdDesc(long centerId);

	public List<ProgramCall> findByCenterIdInOrderByOpensAtDescIdDesc(Collection<Long> centerIds);

	/** Selection and publication lock the call, so two staff members cannot publish or over-award at once. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from ProgramCall c where c.id = :id")
	public Optional<ProgramCall> lockById(Long id);
}
