package org.ieum.governance.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ieum.centers.CenterSummary;
import org.ieum.centers.CentersApi;
import org.ieum.shared.Authorities;
import org.ieum.shared.Seoul;
import org.ieum.shared.figures.FigureProvider;
import org.ieum.shared.figures.FigureRow;
import org.ieum.shared.figures.FigureTable;
import org.ieum.shared.web.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The yearly performance report (연간 성과보고서) of a center and the centers below it: every
 * module's {@link FigureProvider#yearFigures year figures}, never a typed-in number. A year
 * without records is an empty report, not an error. Only the center's staff may read it.
 */
@Service
class YearlyReports {

	/** The first year a report can be asked for; nothing in Ieum is older. */
	static final int FIRST_YEAR = 2000;

	private final List<FigureProvider> providers;
	private final CentersApi centers;
	private final MessageSource messages;
	private final Clock clock;

	YearlyReports(List<FigureProvider> providers, CentersApi centers, MessageSource messages, Clock clock) {
		this.providers = providers;
		this.centers = centers;
		this.messages = messages;
		this.clock = clock;
	}

	/** The year asked for: blank is this year (Seoul); a year before 2000, after this one, or not a year is refused. */
	Year year(String text) {
		int thisYear = Seoul.today(clock).getYear();
		if (text == null || text.isBlank()) {
			return Year.of(thisYear);
		}
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= FIRST_YEAR && year <= thisYear) {
				return Year.of(year);
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new Refusal("report.error.year", FIRST_YEAR, thisYear);
	}

	/** The years a staff member may choose, latest first. */
	List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int y = Seoul.today(clock).getYear(); y >= FIRST_YEAR && years.size() < 10; y--) {
			years.add(y);
		}
		return years;
	}

	ReportView report(long centerId, Year year) {
		Authorities.requireCenterStaff(centerId);
		CenterSummary center = centers.findById(centerId).orElseThrow(() -> Refusal.notFound("report.error.center"));
		Set<Long> scope = centers.centerAndDescendantIds(centerId);
		Locale locale = LocaleContextHolder.getLocale();
		List<ReportView.Table> tables = new ArrayList<>();
		for (FigureProvider provider : providers) {
			for (FigureTable table : provider.yearFigures(scope, year)) {
				// an area whose every figure is zero (offices with no tenant ever) has nothing to report
				if (table.rows().stream().anyMatch(r -> r.value() != 0)) {
					tables.add(view(table, centerId, locale));
				}
			}
		}
		LocalDate today = Seoul.today(clock);
		return new ReportView(centerId, center.name(), year.getValue(), scope.size(), today, tables);
	}

	private ReportView.Table view(FigureTable table, long centerId, Locale locale) {
		List<ReportView.Line> lines = table.rows().stream()
			.map(r -> new ReportView.Line(messages.getMessage(r.labelKey(), r.labelArgs().toArray(), locale), r.amount(),
					r.decimals(), messages.getMessage(table.unitOf(r), null, locale)))
			.toList();
		boolean summed = table.headline() != null && FigureTable.TOTAL.equals(table.headline().labelKey());
		FigureRow first = table.rows().get(0);
		boolean chart = lines.size() > 1
				&& table.rows().stream().allMatch(r -> r.decimals() == 0 && r.value() >= 0 && sameUnit(r, first));
		String link = table.link() == null ? null
				: table.link() + (table.link().contains("?") ? "&" : "?") + "center=" + centerId;
		return new ReportView.Table(table.id(), messages.getMessage(table.titleKey(), null, locale),
				messages.getMessage(table.unitKey(), null, locale), link, lines, summed, chart);
	}

	private static boolean sameUnit(FigureRow a, FigureRow b) {
		return a.unitKey() == null ? b.unitKey() == null : a.unitKey().equals(b.unitKey());
	}
}
