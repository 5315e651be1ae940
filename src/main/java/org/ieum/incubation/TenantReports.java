package org.ieum.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ieum.identity.CurrentUser;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The periodic reports a tenant owes: their periods and due dates, and the tenant's submissions. */
@Service
@Transactional
class TenantReports {

	/** A period with its report, if submitted, as both the tenant's and staff's pages show it. */
	record PeriodStatus(ReportPeriod period, TenantReport report, boolean open, boolean overdue) {
	}

	private final TenantReportRepository reports;
	private final Tenancies tenancies;
	private final IncubationProperties properties;
	private final Clock clock;

	TenantReports(TenantReportRepository reports, Tenancies tenancies, IncubationProperties properties, Clock clock) {
		this.reports = reports;
		this.tenancies = tenancies;
		this.properties = properties;
		this.clock = clock;
	}

	List<ReportPeriod> periodsOf(Tenancy tenancy) {
		if (tenancy.getStatus() != TenancyStatus.ACTIVE && tenancy.getStatus() != TenancyStatus.ENDED) {
			return List.of();
		}
		return ReportPeriod.of(tenancy.getStartsOn(), tenancy.lastDay(), properties.reportMonths(),
				properties.reportGraceDays());
	}

	/** Every period of the tenancy with its report; a period is open for reporting once it has begun. */
	@Transactional(readOnly = true)
	List<PeriodStatus> statusOf(Tenancy tenancy) {
		LocalDate today = Seoul.today(clock);
		Map<Integer, TenantReport> byPeriod = reports.findByTenancyIdOrderByPeriodNoAsc(tenancy.getId()).stream()
			.collect(Collectors.toMap(TenantReport::getPeriodNo, Function.identity()));
		return periodsOf(tenancy).stream().map(p -> {
			TenantReport report = byPeriod.get(p.number());
			return new PeriodStatus(p, report, !today.isBefore(p.start()), report == null && today.isAfter(p.due()));
		}).toList();
	}

	/** The tenant submits (or corrects) the report of a period that has begun. */
	void submit(long tenancyId, int periodNo, int employees, long revenueWon, String milestones, CurrentUser me) {
		Tenancy tenancy = tenancies.tenancyOf(tenancyId, me);
		ReportPeriod period = periodsOf(tenancy).stream().filter(p -> p.number() == periodNo).findFirst()
			.orElseThrow(() -> Refusal.notFound("incubation.error.noPeriod"));
		if (Seoul.today(clock).isBefore(period.start())) {
			throw new Refusal("incubation.error.periodNotStarted", period.start());
		}
		if (employees < 0 || employees > 100_000 || revenueWon < 0 || revenueWon > 1_000_000_000_000L
				|| (milestones != null && milestones.length() > 4000)) {
			throw new Refusal("incubation.error.reportFigures");
		}
		reports.findByTenancyIdAndPeriodNo(tenancyId, periodNo).ifPresentOrElse(
				r -> r.revise(employees, revenueWon, milestones, clock.instant(), me.accountId()),
				() -> reports.save(new TenantReport(tenancyId, period, employees, revenueWon, milestones,
						clock.instant(), me.accountId())));
	}
}
