package org.ieum.shared.figures;

import java.util.List;

/**
 * One labelled figure; the label is a message key with arguments so that every language
 * renders it ("stats.month" with "2026-10").
 */
public record FigureRow(String labelKey, List<Object> labelArgs, long value) {

	public FigureRow {
		labelArgs = List.copyOf(labelArgs);
	}

	public static FigureRow of(String labelKey, long value, Object... labelArgs) {
		return new FigureRow(labelKey, List.of(labelArgs), value);
	}
}
