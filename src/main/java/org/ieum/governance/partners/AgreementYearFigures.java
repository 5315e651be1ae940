package org.ieum.governance.partners;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner register's year for the yearly report: agreements signed in the year, those in force
 * on 31 December, and the follow-up activities logged in the year by kind.
 */
@Component
class AgreementYearFigures implements FigureProvider {

	private final PartnerRepository partners;
	private final MouRepository mous;
	private final MouActivityRepository activities;

	AgreementYearFigures(PartnerRepository partners, MouRepository mous, MouActivityRepository activities) {
		this.partners = partners;
		this.mous = mous;
		this.activities = activities;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		return List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		List<Long> partnerIds = new ArrayList<>();
		for (long centerId : centerIds) {
			partners.findByCenterIdOrderByNameAscIdAsc(centerId).forEach(p -> partnerIds.add(p.getId()));
		}
		List<Mou> all = partnerIds.isEmpty() ? List.of() : mous.findByPartnerIdInOrderByEndsOnDescIdDesc(partnerIds);
		LocalDate lastDay = year.atMonth(12).atEndOfMonth();
		long signed = all.stream().filter(m -> m.getSignedOn().getYear() == year.getValue()).count();
		long inForce = all.stream().filter(m -> m.inForceOn(lastDay)).count();
		List<MouActivity> logged = all.isEmpty() ? List.of()
				: activities.findByMouIdInOrderByHappenedOnDescIdDesc(all.stream().map(Mou::getId).toList()).stream()
					.filter(a -> a.getHappenedOn().getYear() == year.getValue())
					.toList();
		if (signed == 0 && inForce == 0 && logged.isEmpty()) {
			return List.of();
		}
		List<FigureRow> byKind = new ArrayList<>();
		for (ActivityKind kind : ActivityKind.values()) {
			byKind.add(FigureRow.of("governance.activityKind." + kind.name(),
					logged.stream().filter(a -> a.getKind() == kind).count()));
		}
		FigureRow force = FigureRow.of("report.figures.mousInForce", inForce);
		return List.of(
				new FigureTable("report-agreements", "report.figures.agreements", "report.unit.agreements",
						List.of(FigureRow.of("report.figures.mousSigned", signed), force), "/admin/governance/partners",
						force),
				FigureTable.summed("report-agreement-activities", "report.figures.activities", "report.unit.cases", byKind,
						"/admin/governance/partners"));
	}
}
