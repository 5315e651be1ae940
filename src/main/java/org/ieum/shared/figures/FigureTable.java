package org.ieum.shared.figures;

import java.util.List;

/**
 * One titled table of figures, shown as a tile on the staff dashboard.
 *
 * @param id a stable name, unique across modules, used in links and downloads ("visitors-by-month")
 * @param titleKey message key of the title
 * @param unitKey message key of what the values count ("명", "개 기업", "건"), for rows without their own
 * @param rows the figures in display order
 * @param link a staff page with the details, or {@code null}
 * @param headline the one figure the tile shows large, declared by the module that knows which figure
 *     means something (adding rows of different units does not), or {@code null} for none
 */
public record FigureTable(String id, String titleKey, String unitKey, List<FigureRow> rows, String link,
		FigureRow headline) {

	public FigureTable {
		rows = List.copyOf(rows);
	}

	/** A table without a headline figure. */
	public FigureTable(String id, String titleKey, String unitKey, List<FigureRow> rows, String link) {
		this(id, titleKey, unitKey, rows, link, null);
	}

	/** Message key of the label of a sum. */
	public static final String TOTAL = "figures.total";

	/**
	 * A table whose rows all count the same thing in the table's unit (people per month,
	 * organizations per status), headed by their sum.
	 */
	public static FigureTable summed(String id, String titleKey, String unitKey, List<FigureRow> rows, String link) {
		if (rows.stream().anyMatch(r -> r.unitKey() != null || r.decimals() != 0)) {
			throw new IllegalArgumentException("only counts in the table's unit add up: " + id);
		}
		long sum = rows.stream().mapToLong(FigureRow::value).sum();
		return new FigureTable(id, titleKey, unitKey, rows, link, FigureRow.of(TOTAL, sum));
	}

	/** The same table headed by one of its figures. */
	public FigureTable headedBy(FigureRow figure) {
		return new FigureTable(id, titleKey, unitKey, rows, link, figure);
	}

	/** The same table under another title, for a report that speaks of a whole year rather than of today. */
	public FigureTable titled(String otherTitleKey) {
		return new FigureTable(id, otherTitleKey, unitKey, rows, link, headline);
	}

	/** The message key of a row's unit: its own, else the table's. */
	public String unitOf(FigureRow row) {
		return row.unitKey() != null ? row.unitKey() : unitKey;
	}
}
