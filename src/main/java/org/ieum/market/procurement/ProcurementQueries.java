package org.ieum.market.procurement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.web.PageRequests;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the staff pages of procurement show, for staff of the center only. */
@Service
@Transactional(readOnly = true)
class ProcurementQueries {

	static final int PAGE_SIZE = 50;

	private final PurchaseRepository purchases;
	private final Purchases rows;
	private final ProcurementReports reports;
	private final CentersApi centers;
	private final Clock clock;

	ProcurementQueries(PurchaseRepository purchases, Purchases rows, ProcurementReports reports, CentersApi centers,
			Clock clock) {
		this.purchases = purchases;
		this.rows = rows;
		this.reports = reports;
		this.centers = centers;
		this.clock = clock;
	}

	/** The center's own purchase records of a year, newest first. */
	Page<Purchases.Row> purchases(long centerId, int year, int page) {
		Authorities.requireCenterStaff(centerId);
		Page<Purchase> found = purchases.findByCenterIdInAndContractDateBetweenOrderByContractDateDescIdDesc(
				List.of(centerId), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), PageRequests.of(page, PAGE_SIZE));
		return new PageImpl<>(rows.rows(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	/** The figures of the center and the centers below it for a year, as of today. */
	ProcurementReports.Report report(long centerId, int year) {
		Authorities.requireCenterStaff(centerId);
		return reports.report(centers.centerAndDescendantIds(centerId), year, today());
	}

	List<Integer> years(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return reports.years(centers.centerAndDescendantIds(centerId), today().getYear());
	}

	LocalDate today() {
		return Seoul.today(clock);
	}
}
