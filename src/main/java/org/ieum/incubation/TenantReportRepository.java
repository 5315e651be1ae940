package org.ieum.incubation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TenantReportRepository extends JpaRepository<TenantReport, Long> {

	List<TenantReport> findByTenancyIdOrderByPeriodNoAsc(long tenancyId);

	List<TenantReport> findByTenancyIdInOrderByPeriodNoAsc(Collection<Long> tenancyIds);

	Optional<TenantReport> findByTenancyIdAndPeriodNo(long tenancyId, int periodNo);
}
