package org.ieum.incubation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.identity.IdentityApi;
import org.ieum.identity.PersonalDataAction;
import org.ieum.incubation.IncubationViews.OfficeView;
import org.ieum.incubation.IncubationViews.OverdueReport;
import org.ieum.incubation.IncubationViews.SiteOccupancy;
import org.ieum.incubation.IncubationViews.TenancyRow;
import org.ieum.incubation.IncubationViews.TenancyView;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff pages that name tenants, assembled in one transaction with their personal-data
 * access-log entry: a tenant's name, contact and reports are personal data, so the read and
 * its log entry are written together.
 */
@Service
@Transactional
class TenancyQueries {

	/** The occupancy overview: offices with their occupants and the tenancies that need staff. */
	record Overview(List<SiteOccupancy> sites, List<TenancyRow> endingSoon, int endingSoonDays,
			List<TenancyRow> offered, List<TenancyRow> accepted, List<OverdueReport> overdue, LocalDate today) {

		boolean namesShown() {
			return sites.stream().anyMatch(s -> s.offices().stream().anyMatch(o -> !o.occupants().isEmpty()))
					|| !endingSoon.isEmpty() || !offered.isEmpty() || !accepted.isEmpty() || !overdue.isEmpty();
		}
	}

	/** A tenancy on a page about its center, with the offices it could be given. */
	record TenancyPage(TenancyView tenancy, CenterSummary center, List<OfficeView> freeOffices, LocalDate today,
			LocalDate defaultEnd) {
	}

	private final Occupancy occupancy;
	private final Tenancies tenancies;
	private final IdentityApi identity;
	private final CentersApi centers;
	private final IncubationProperties properties;
	private final Clock clock;

	TenancyQueries(Occupancy occupancy, Tenancies tenancies, IdentityApi identity, CentersApi centers,
			IncubationProperties properties, Clock clock) {
		this.occupancy = occupancy;
		this.tenancies = tenancies;
		this.identity = identity;
		this.centers = centers;
		this.properties = properties;
		this.clock = clock;
	}

	Overview overview(long centerId) {
		Overview overview = new Overview(occupancy.occupancyOf(centerId), occupancy.endingSoon(centerId),
				properties.endingSoonDays(), occupancy.withStatus(centerId, TenancyStatus.OFFERED),
				occupancy.withStatus(centerId, TenancyStatus.ACCEPTED), occupancy.overdueReports(centerId),
				Seoul.today(clock));
		if (overview.namesShown()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST, "입주 현황 조회 (센터 " + centerId + ")", null);
		}
		return overview;
	}

	List<TenancyRow> list(long centerId) {
		List<TenancyRow> rows = occupancy.rows(centerId);
		if (!rows.isEmpty()) {
			identity.recordPersonalDataAccess(null, PersonalDataAction.LIST,
					"입주 기업 목록 조회 (센터 " + centerId + "), " + rows.size() + "건", null);
		}
		return rows;
	}

	/** Staff of the tenancy's center open its page (403 for others). */
	TenancyPage tenancy(long tenancyId) {
		Tenancy tenancy = tenancies.tenancyToManage(tenancyId);
		identity.recordPersonalDataAccess(tenancy.getTenantAccountId(), PersonalDataAction.VIEW,
				"입주 기업 정보 조회 (입주 " + tenancyId + ")", null);
		CenterSummary center = centers.findById(tenancy.getCenterId())
			.orElseThrow(() -> Refusal.notFound("incubation.error.noTenancy"));
		LocalDate today = Seoul.today(clock);
		return new TenancyPage(occupancy.detail(tenancy), center,
				occupancy.officesOf(center.id()).stream().filter(OfficeView::vacant).toList(), today,
				Tenancies.defaultEnd(today));
	}
}
