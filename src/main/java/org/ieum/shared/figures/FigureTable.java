package org.ieum.shared.figures;

import java.util.List;

/**
 * One titled table of figures.
 *
 * @param id a stable name, unique across modules, used in links and downloads ("visitors-by-month")
 * @param titleKey message key of the title
 * @param unitKey message key of what the values count ("명", "개 기업", "건")
 * @param rows the figures in display order
 * @param link a staff page with the details, or {@code null}
 */
public record FigureTable(String id, String titleKey, String unitKey, List<FigureRow> rows, String link) {

	public FigureTable {
		rows = List.copyOf(rows);
	}

	public long total() {
		return rows.stream().mapToLong(FigureRow::value).sum();
	}
}
