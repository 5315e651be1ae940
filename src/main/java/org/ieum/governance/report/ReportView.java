package org.ieum.governance.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A center's yearly performance report as every reader sees it (page, XLSX, PDF): the texts are
 * already in the reader's language, the figures are the modules' own.
 *
 * @param centers how many centers are rolled up (1 for a center without centers below it)
 * @param tables one per area the modules had records for; empty for a year without records
 */
public record ReportView(long centerId, String centerName, int year, int centers, LocalDate madeOn, List<Table> tables) {

	public ReportView {
		tables = List.copyOf(tables);
	}

	public boolean empty() {
		return tables.isEmpty();
	}

	public boolean rollup() {
		return centers > 1;
	}

	/**
	 * One area's table.
	 *
	 * @param link the staff list of the records behind the figures (with the center chosen), or {@code null}
	 * @param summed whether the rows count the same thing and add up to a total a reader expects
	 * @param chart whether the rows can be drawn as bars (whole numbers in one unit, more than one row)
	 */
	public record Table(String id, String title, String unit, String link, List<Line> lines, boolean summed, boolean chart) {

		public Table {
			lines = List.copyOf(lines);
		}

		public BigDecimal total() {
			return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		public String shownTotal() {
			return Line.format(total(), 0) + unit;
		}
	}

	/** One figure: what it counts, the number, and the number as shown with its unit ("1,234명"). */
	public record Line(String label, BigDecimal amount, int decimals, String unit) {

		public String shown() {
			return format(amount, decimals) + unit;
		}

		public static String format(BigDecimal amount, int decimals) {
			return String.format(java.util.Locale.ROOT, "%,." + decimals + "f", amount);
		}
	}
}
