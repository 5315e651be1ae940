package org.ieum.shared.figures;

import java.math.BigDecimal;
import java.util.List;

/**
 * One labelled figure; the label is a message key with arguments so that every language
 * renders it ("stats.month" with "2026-10").
 *
 * @param value the figure in units of 10<sup>-decimals</sup> (an average rating of 4.5 is 45 with one decimal)
 * @param decimals how many decimals the value carries (0 for counts)
 * @param unitKey message key of what this row counts, or {@code null} for the table's unit
 */
public record FigureRow(String labelKey, List<Object> labelArgs, long value, int decimals, String unitKey) {

	public FigureRow {
		labelArgs = List.copyOf(labelArgs);
		if (decimals < 0) {
			throw new IllegalArgumentException("decimals must not be negative");
		}
	}

	/** A count in the table's unit. */
	public static FigureRow of(String labelKey, long value, Object... labelArgs) {
		return new FigureRow(labelKey, List.of(labelArgs), value, 0, null);
	}

	/** A count in its own unit, for a table whose rows count different things (sessions and people). */
	public static FigureRow counted(String labelKey, long value, String unitKey, Object... labelArgs) {
		return new FigureRow(labelKey, List.of(labelArgs), value, 0, unitKey);
	}

	/** An average kept in tenths (45 = 4.5), shown with one decimal in its own unit ("4.5점"). */
	public static FigureRow tenths(String labelKey, long tenths, String unitKey, Object... labelArgs) {
		return new FigureRow(labelKey, List.of(labelArgs), tenths, 1, unitKey);
	}

	/** The figure as a number: 45 tenths are 4.5. */
	public BigDecimal amount() {
		return BigDecimal.valueOf(value, decimals);
	}
}
