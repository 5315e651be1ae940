package org.ieum.incubation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules (statistics) may read from incubation: aggregate figures, no personal data. */
@Service
@Transactional(readOnly = true)
public class IncubationApi {

	private final OfficeRepository offices;
	private final TenancyRepository tenancies;
	private final TenantReportRepository reports;

	IncubationApi(OfficeRepository offices, TenancyRepository tenancies, TenantReportRepository reports) {
		this.offices = offices;
		this.tenancies = tenancies;
		this.reports = reports;
	}

	/** The years in which tenants of the center moved in, newest first. */
	public List<Integer> intakeYears(long centerId) {
		return placed(centerId).map(t -> t.getStartsOn().getYear()).distinct().sorted(Comparator.reverseOrder()).toList();
	}

	/** The tenants who moved into the center's offices in that year (Seoul dates), or empty when none did. */
	public Optional<IntakeTenants> intake(long centerId, int year) {
		List<Tenancy> intake = placed(centerId).filter(t -> t.getStartsOn().getYear() == year).toList();
		if (intake.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new IntakeTenants(centerId, year,
				intake.stream().map(Tenancy::getStartsOn).min(Comparator.naturalOrder()).orElseThrow(), intake.size(),
				intake.stream().map(Tenancy::getOrganizationId).filter(Objects::nonNull).distinct().toList(),
				intake.stream()
					.filter(t -> t.getOrganizationId() == null)
					.map(Tenancy::getTenantAccountId)
					.filter(Objects::nonNull)
					.distinct()
					.toList()));
	}

	/** Tenancies that were given an office (running or ended), not offers or declined ones. */
	private java.util.stream.Stream<Tenancy> placed(long centerId) {
		return tenancies.findByCenterIdInOrderByIdAsc(List.of(centerId)).stream()
			.filter(t -> (t.getStatus() == TenancyStatus.ACTIVE || t.getStatus() == TenancyStatus.ENDED)
					&& t.getStartsOn() != null);
	}

	/** Figures for these centers on {@code asOf} (use {@code CentersApi.centerAndDescendantIds} to roll up). */
	public IncubationFigures figures(Collection<Long> centerIds, LocalDate asOf) {
		List<Office> all = offices.findByCenterIdInOrderByCenterIdAscIdAsc(centerIds);
		List<Office> inUse = all.stream().filter(Office::isActive).toList();
		Map<Long, OfficeKind> kindOf = new HashMap<>();
		all.forEach(o -> kindOf.put(o.getId(), o.getKind()));
		List<Tenancy> placed = tenancies.findByCenterIdInOrderByIdAsc(centerIds);
		List<Tenancy> resident = placed.stream().filter(t -> t.inResidenceOn(asOf)).toList();
		Set<Long> occupiedRooms = resident.stream()
			.filter(t -> kindOf.get(t.getOfficeId()) == OfficeKind.ROOM)
			.map(Tenancy::getOfficeId)
			.collect(Collectors.toSet());
		long virtualTenants = resident.stream().filter(t -> kindOf.get(t.getOfficeId()) == OfficeKind.VIRTUAL).count();
		Map<ExitOutcome, Long> exits = placed.stream()
			.filter(t -> t.getStatus() == TenancyStatus.ENDED && !t.getExitedOn().isAfter(asOf))
			.collect(Collectors.groupingBy(Tenancy::getExitOutcome, Collectors.counting()));
		return new IncubationFigures(inUse.stream().filter(o -> o.getKind() == OfficeKind.ROOM).count(),
				occupiedRooms.size(), inUse.stream().filter(o -> o.getKind() == OfficeKind.VIRTUAL).count(),
				virtualTenants, resident.size(), exits.getOrDefault(ExitOutcome.CERTIFIED, 0L),
				exits.getOrDefault(ExitOutcome.MOVED_OUT, 0L), exits.getOrDefault(ExitOutcome.CLOSED, 0L),
				jobsCreated(placed, asOf));
	}

	/**
	 * Per tenancy: the employees of its latest report (by period, submitted by the date) minus
	 * those at move-in (0 when staff did not record them), at least 0; summed.
	 */
	private long jobsCreated(List<Tenancy> all, LocalDate asOf) {
		Map<Long, Tenancy> placed = all.stream()
			.filter(t -> t.getStatus() == TenancyStatus.ACTIVE || t.getStatus() == TenancyStatus.ENDED)
			.collect(Collectors.toMap(Tenancy::getId, t -> t));
		if (placed.isEmpty()) {
			return 0;
		}
		Map<Long, TenantReport> latest = reports.findByTenancyIdInOrderByPeriodNoAsc(placed.keySet()).stream()
			.filter(r -> !r.getPeriodStart().isAfter(asOf))
			.collect(Collectors.toMap(TenantReport::getTenancyId, r -> r,
					(a, b) -> Comparator.comparingInt(TenantReport::getPeriodNo).compare(a, b) >= 0 ? a : b));
		long jobs = 0;
		for (TenantReport report : latest.values()) {
			Integer atMoveIn = placed.get(report.getTenancyId()).getEmployeesAtMoveIn();
			jobs += Math.max(0, report.getEmployees() - (atMoveIn == null ? 0 : atMoveIn));
		}
		return jobs;
	}
}
