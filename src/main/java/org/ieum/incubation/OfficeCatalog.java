package org.ieum.incubation;

import java.time.Clock;
import java.util.List;

import org.ieum.centers.CentersApi;
import org.ieum.centers.SiteSummary;
import org.ieum.shared.Authorities;
import org.ieum.shared.web.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff describe the offices of their own centers' sites. */
@Service
@Transactional
class OfficeCatalog {

	private final OfficeRepository offices;
	private final TenancyRepository tenancies;
	private final CentersApi centers;
	private final Clock clock;

	OfficeCatalog(OfficeRepository offices, TenancyRepository tenancies, CentersApi centers, Clock clock) {
		this.offices = offices;
		this.tenancies = tenancies;
		this.centers = centers;
		this.clock = clock;
	}

	Office create(long centerId, Office.Terms terms) {
		Authorities.requireCenterStaff(centerId);
		checkSite(centerId, terms.siteId());
		return offices.save(new Office(centerId, terms, clock.instant()));
	}

	void revise(long officeId, Office.Terms terms) {
		// locked like an assignment, so capacity never drops below a seat taken at the same moment
		Office office = offices.lockById(officeId).orElseThrow(() -> Refusal.notFound("incubation.error.noOffice"));
		Authorities.requireCenterStaff(office.getCenterId());
		checkSite(office.getCenterId(), terms.siteId());
		office.revise(terms, tenancies.findByOfficeIdAndStatus(officeId, TenancyStatus.ACTIVE).size());
	}

	/** Only an office nobody ever used can be deleted; one with history is taken out of use instead. */
	void delete(long officeId) {
		Office office = officeToManage(officeId);
		if (tenancies.existsByOfficeId(officeId)) {
			throw new Refusal("incubation.error.officeHasHistory");
		}
		offices.delete(office);
	}

	@Transactional(readOnly = true)
	Office officeToManage(long officeId) {
		Office office = offices.findById(officeId).orElseThrow(() -> Refusal.notFound("incubation.error.noOffice"));
		Authorities.requireCenterStaff(office.getCenterId());
		return office;
	}

	@Transactional(readOnly = true)
	List<Office> officesOf(long centerId) {
		Authorities.requireCenterStaff(centerId);
		return offices.findByCenterIdOrderBySiteIdAscKindAscNameAscIdAsc(centerId);
	}

	private void checkSite(long centerId, long siteId) {
		if (centers.sitesOf(centerId).stream().map(SiteSummary::id).noneMatch(id -> id == siteId)) {
			throw new Refusal("incubation.error.site");
		}
	}
}
