package org.ieum.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenancyRepository extends JpaRepository<Tenancy, Long> {

	Optional<Tenancy> findByApplicationId(long applicationId);

	List<Tenancy> findByTenantAccountIdOrderByOfferedAtDescIdDesc(long accountId);

	List<Tenancy> findByCenterIdOrderByOfferedAtDescIdDesc(long centerId);

	List<Tenancy> findByCenterIdInOrderByIdAsc(Collection<Long> centerIds);

	List<Tenancy> findByOfficeIdAndStatus(long officeId, TenancyStatus status);

	List<Tenancy> findByStatus(TenancyStatus status);

	List<Tenancy> findByOfficeIdInAndStatus(Collection<Long> officeIds, TenancyStatus status);

	boolean existsByOfficeId(long officeId);
}
