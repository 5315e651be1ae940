package org.ieum.market.procurement;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureScope;
import org.ieum.shared.figures.FigureTable;
import org.springframework.stereotype.Component;

/**
 * Public procurement on the staff dashboard for the reference date's year: the buyers' targets, confirmed purchases
 * and the rate, each buyer's rate, and the purchases by region, category, type of organization and seller.
 */
@Component
public class PurchaseFigures implements FigureProvider {

	static final String LINK = "/admin/market/procurement";

	private final ProcurementReports reports;

	public PurchaseFigures(ProcurementReports reports) {
		this.reports = reports;
	}

	@Override
	public List<FigureTable> figures(FigureScope scope) {
		int year = scope.asOf().getYear();
		ProcurementReports.Report r = reports.report(scope.centerIds(), year, scope.asOf());
		if (r.empty()) {
			return List.of();
		}
		List<FigureTable> tables = new ArrayList<>();
		FigureRow rate = r.rateTenths() == null ? null
				: FigureRow.tenths("market.figures.rate", r.rateTenths(), "market.figures.percent", year);
		List<FigureRow> totals = new ArrayList<>(List.of(
				FigureRow.counted("market.figures.target", r.targetWon(), "market.figures.won", year),
				FigureRow.counted("market.figures.actual", r.actualWon(), "market.figures.won", year)));
		if (rate != null) {
			totals.add(rate);
		}
		totals.add(FigureRow.counted("market.figures.pending", r.pending(), "figures.unit.cases"));
		// every dashboard tile has one headline: the rate where there are targets, otherwise the amount bought
		tables.add(new FigureTable("market-procurement", "market.figures.procurement", "market.figures.won", totals,
				LINK, rate != null ? rate : totals.get(1)));
		List<FigureRow> perBuyer = r.buyers().stream()
			.filter(b -> b.rateTenths() != null)
			.map(b -> FigureRow.tenths("market.figures.label", b.rateTenths(), "market.figures.percent", b.name()))
			.toList();
		if (!perBuyer.isEmpty()) {
			long met = r.buyers().stream().filter(b -> b.rateTenths() != null && b.rateTenths() >= 1000).count();
			tables.add(new FigureTable("market-procurement-buyers", "market.figures.buyers", "market.figures.percent",
					perBuyer, LINK, FigureRow.counted("market.figures.buyersMet", met, "market.figures.places")));
		}
		if (r.actualWon() > 0) {
			tables.add(FigureTable.summed("market-procurement-regions", "market.figures.regions", "market.figures.won",
					labelled(r.byRegion()), LINK));
			tables.add(FigureTable.summed("market-procurement-categories", "market.figures.categories",
					"market.figures.won", labelled(r.byCategory()), LINK));
			// a seller with two designations counts under both, so this table has no sum
			tables.add(new FigureTable("market-procurement-types", "market.figures.types", "market.figures.won",
					r.byType().stream().map(a -> FigureRow.of(typeKey(a.label()), a.won())).toList(), LINK, totals.get(1)));
			List<FigureRow> sellers = labelled(r.topSellers());
			tables.add(new FigureTable("market-procurement-sellers", "market.figures.sellers", "market.figures.won",
					sellers, LINK, sellers.isEmpty() ? totals.get(1) : sellers.get(0)));
		}
		return tables;
	}

	/**
	 * The year's public procurement for the yearly report: the buyers' targets, the confirmed purchases and the rate,
	 * then the purchases by region and by category; each links to the procurement page of that year.
	 */
	@Override
	public List<FigureTable> yearFigures(Set<Long> centerIds, Year year) {
		ProcurementReports.Report r = reports.report(centerIds, year.getValue(), year.atMonth(12).atEndOfMonth());
		if (r.empty() || (r.targetWon() == 0 && r.actualWon() == 0)) {
			return List.of();
		}
		String link = LINK + "?year=" + year.getValue();
		// the year as text, so a label reads 2026년 rather than a grouped number
		String shown = String.valueOf(year.getValue());
		List<FigureRow> totals = new ArrayList<>(List.of(
				FigureRow.counted("market.figures.target", r.targetWon(), "market.figures.won", shown),
				FigureRow.counted("market.figures.actual", r.actualWon(), "market.figures.won", shown)));
		if (r.rateTenths() != null) {
			totals.add(FigureRow.tenths("market.figures.rate", r.rateTenths(), "market.figures.percent", shown));
		}
		List<FigureTable> tables = new ArrayList<>();
		tables.add(new FigureTable("report-procurement", "report.figures.procurement", "market.figures.won", totals, link,
				totals.get(1)));
		if (r.actualWon() > 0) {
			tables.add(FigureTable.summed("report-procurement-regions", "market.figures.regions", "market.figures.won",
					labelled(r.byRegion()), link));
			tables.add(FigureTable.summed("report-procurement-categories", "market.figures.categories",
					"market.figures.won", labelled(r.byCategory()), link));
		}
		return tables;
	}

	/**
	 * The public statistics pages show this year's confirmed purchases by the buyer's region and by category, in won;
	 * sellers are not named there, as in the open data.
	 */
	@Override
	public List<FigureTable> publicFigures(FigureScope scope) {
		int year = scope.asOf().getYear();
		ProcurementReports.Report r = reports.report(scope.centerIds(), year, scope.asOf());
		if (r.actualWon() == 0) {
			return List.of();
		}
		return List.of(
				FigureTable.summed("market-procurement-regions", "market.figures.publicRegions", "market.figures.won",
						labelled(r.byRegion()), null),
				FigureTable.summed("market-procurement-categories", "market.figures.publicCategories",
						"market.figures.won", labelled(r.byCategory()), null));
	}

	static String typeKey(String type) {
		return ProcurementReports.NO_TYPE.equals(type) ? "market.figures.noType" : "enterprises.designationType." + type;
	}

	private static List<FigureRow> labelled(List<ProcurementReports.Amount> amounts) {
		return amounts.stream().map(a -> FigureRow.of("market.figures.label", a.won(), a.label())).toList();
	}
}
