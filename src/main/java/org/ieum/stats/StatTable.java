package org.ieum.stats;

import java.util.List;

/**
 * One published table: the same rows feed the chart, the accessible table beside it, the
 * downloads and the JSON API. Labels are already in the reader's language.
 *
 * @param id stable name used in download links and the API ("by-type")
 * @param title the table's title
 * @param counts what the values count, said in words ("기업 수" or "지정 건수")
 * @param chart how the chart draws it: "bar", "hbar" or "line"
 * @param columns the header of the value columns
 * @param rows the figures
 */
public record StatTable(String id, String title, String counts, String chart, String labelColumn,
		List<String> columns, List<StatRow> rows) {

	public record StatRow(String label, List<Long> values) {
	}
}
