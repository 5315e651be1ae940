package org.ieum.incubation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.ieum.centers.CentersApi;
import org.ieum.centers.SiteSummary;
import org.ieum.incubation.IncubationViews.ChecklistView;
import org.ieum.incubation.IncubationViews.ExtensionView;
import org.ieum.incubation.IncubationViews.OfficeOccupancy;
import org.ieum.incubation.IncubationViews.OfficeView;
import org.ieum.incubation.IncubationViews.Occupant;
import org.ieum.incubation.IncubationViews.PeriodView;
import org.ieum.incubation.IncubationViews.SiteOccupancy;
import org.ieum.incubation.IncubationViews.TenancyRow;
import org.ieum.incubation.IncubationViews.TenancyView;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds what the incubation pages show: offices with their occupants, tenancy lists and details. */
@Service
@Transactional(readOnly = true)
class Occupancy {

	private final OfficeRepository offices;
	private final TenancyRepository tenancies;
	private final Tenancies lifecycle;
	private final TenantReports reports;
	private final CentersApi centers;
	private final IncubationProperties properties;
	private final Clock clock;

	Occupancy(OfficeRepository offices, TenancyRepository tenancies, Tenancies lifecycle, TenantReports reports,
			CentersApi centers, IncubationProperties properties, Clock clock) {
		this.offices = offices;
		this.tenancies = tenancies;
		this.lifecycle = lifecycle;
		this.reports = reports;
		this.centers = centers;
		this.properties = properties;
		this.clock = clock;
	}

	/** Every office of the center with its seats taken (public: no names). */
	List<OfficeView> officesOf(long centerId) {
		List<Office> list = offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(centerId);
		Map<Long, List<Tenancy>> active = activeByOffice(list);
		Map<Long, String> siteNames = siteNames(centerId);
		return list.stream()
			.map(o -> view(o, siteNames, active.getOrDefault(o.getId(), List.of()).size()))
			.toList();
	}

	/** The public page: offices in use with vacancy, grouped by site. */
	List<OfficeView> publicOffices(long centerId) {
		return officesOf(centerId).stream().filter(OfficeView::active).toList();
	}

	/** Staff: per site, each office with who is in it and until when. */
	List<SiteOccupancy> occupancyOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		List<Office> list = offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(centerId);
		Map<Long, List<Tenancy>> active = activeByOffice(list);
		Map<Long, String> siteNames = siteNames(centerId);
		List<SiteOccupancy> sites = new ArrayList<>();
		for (SiteSummary site : centers.sitesOf(centerId)) {
			List<OfficeOccupancy> rows = list.stream().filter(o -> o.getSiteId() == site.id())
				.filter(o -> o.isActive() || active.containsKey(o.getId()))
				.map(o -> {
					List<Tenancy> in = active.getOrDefault(o.getId(), List.of());
					return new OfficeOccupancy(view(o, siteNames, in.size()), in.stream()
						.sorted(Comparator.comparing(Tenancy::getEndsOn))
						.map(t -> new Occupant(t.getId(), t.getTenantName(), t.getStartsOn(), t.getEndsOn()))
						.toList());
				})
				.toList();
			if (!rows.isEmpty()) {
				sites.add(new SiteOccupancy(site.id(), site.name(), rows));
			}
		}
		return sites;
	}

	/** Active tenancies ending within the configured window (60 days), soonest first. */
	List<TenancyRow> endingSoon(long centerId) {
		LocalDate today = Seoul.today(clock);
		LocalDate until = today.plusDays(properties.endingSoonDays());
		return rows(centerId).stream()
			.filter(r -> r.status() == TenancyStatus.ACTIVE && !r.endsOn().isAfter(until))
			.sorted(Comparator.comparing(TenancyRow::endsOn))
			.toList();
	}

	/** Reports past their due date without a submission, oldest first. */
	List<IncubationViews.OverdueReport> overdueReports(long centerId) {
		return lifecycle.ofCenter(centerId).stream()
			.filter(t -> t.getStatus() == TenancyStatus.ACTIVE)
			.flatMap(t -> reports.statusOf(t).stream().filter(TenantReports.PeriodStatus::overdue)
				.map(p -> new IncubationViews.OverdueReport(t.getId(), t.getTenantName(), p.period().number(),
						p.period().due())))
			.sorted(Comparator.comparing(IncubationViews.OverdueReport::due))
			.toList();
	}

	List<TenancyRow> withStatus(long centerId, TenancyStatus status) {
		return rows(centerId).stream().filter(r -> r.status() == status).toList();
	}

	List<TenancyRow> rows(long centerId) {
		List<Tenancy> list = lifecycle.ofCenter(centerId);
		Map<Long, String> officeNames = offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(centerId).stream()
			.collect(Collectors.toMap(Office::getId, Office::getName));
		return list.stream()
			.map(t -> new TenancyRow(t.getId(), t.getTenantName(), t.getStatus(), t.getCallTitle(),
					t.getOfficeId() == null ? null : officeNames.get(t.getOfficeId()), t.getStartsOn(), t.getEndsOn(),
					t.getExitOutcome(), t.getExitedOn()))
			.toList();
	}

	/** A tenancy with everything its page shows; the caller has checked who may see it. */
	TenancyView detail(Tenancy t) {
		Office office = t.getOfficeId() == null ? null : offices.findById(t.getOfficeId()).orElse(null);
		String siteName = office == null ? null : siteNames(t.getCenterId()).get(office.getSiteId());
		List<ChecklistView> checklist = lifecycle.checklistOf(t.getId()).stream()
			.map(i -> new ChecklistView(i.getId(), i.getCode(), i.getLabel(), i.getDoneAt() != null, day(i.getDoneAt())))
			.toList();
		List<ExtensionView> extensions = lifecycle.extensionsOf(t.getId()).stream()
			.map(e -> new ExtensionView(e.getPreviousEnd(), e.getNewEnd(), e.getReason(), day(e.getExtendedAt())))
			.toList();
		List<PeriodView> periods = reports.statusOf(t).stream().map(s -> {
			TenantReport r = s.report();
			return new PeriodView(s.period().number(), s.period().start(), s.period().end(), s.period().due(), s.open(),
					s.overdue(), r != null, r == null ? null : r.getEmployees(), r == null ? null : r.getRevenueWon(),
					r == null ? null : r.getMilestones(), r == null ? null : day(r.getSubmittedAt()));
		}).toList();
		String centerName = centers.findById(t.getCenterId()).map(c -> c.name()).orElse("");
		return new TenancyView(t.getId(), t.getCenterId(), centerName, t.getTenantName(), t.getContactEmail(),
				t.getTenantAccountId() != null, t.getStatus(), t.getCallTitle(), t.getReceiptNumber(), day(t.getOfferedAt()),
				day(t.getDecidedAt()), t.getOfficeId(), office == null ? null : office.getName(),
				office == null ? null : office.getKind(), siteName, t.getStartsOn(), t.getEndsOn(), t.getMonthlyFeeWon(),
				t.getEmployeesAtMoveIn(), t.getExitOutcome(), t.getExitedOn(), t.getExitNote(),
				t.getStartsOn() == null ? null : lifecycle.latestEnd(t.getStartsOn()), checklist, extensions, periods);
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : Seoul.at(instant).toLocalDate();
	}

	private Map<Long, List<Tenancy>> activeByOffice(List<Office> list) {
		if (list.isEmpty()) {
			return Map.of();
		}
		return tenancies.findByOfficeIdInAndStatus(list.stream().map(Office::getId).toList(), TenancyStatus.ACTIVE)
			.stream()
			.collect(Collectors.groupingBy(Tenancy::getOfficeId));
	}

	private Map<Long, String> siteNames(long centerId) {
		Map<Long, String> names = new HashMap<>();
		centers.sitesOf(centerId).forEach(s -> names.put(s.id(), s.name()));
		return names;
	}

	private static OfficeView view(Office o, Map<Long, String> siteNames, int taken) {
		return new OfficeView(o.getId(), o.getSiteId(), siteNames.getOrDefault(o.getSiteId(), ""), o.getName(),
				o.getKind(), o.getAreaM2(), o.getDesks(), o.getEquipment(), o.getCapacity(), o.isActive(), taken);
	}

}
