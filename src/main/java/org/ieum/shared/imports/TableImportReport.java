package org.ieum.shared.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What a table import did, or would do: the same report for the preview page, the confirmation
 * and a command line. The counts are always complete; the lists keep the first rows only, so a
 * report stays small however long the table is.
 *
 * @param headerRow the spreadsheet row number of the header
 * @param imported valid rows (written, or to be written)
 * @param importedSample the first valid rows' labels
 */
public record TableImportReport(int headerRow, String encoding, int imported, int rejected,
		List<RejectedRow> rejectedRows, List<String> importedSample, boolean applied) implements Serializable {

	/** How many valid rows a report names. */
	static final int SAMPLE = 50;

	/** How many rejected rows a report lists with their reasons. */
	static final int REJECTED_SHOWN = 500;

	public record RejectedRow(int rowNumber, String label, List<RowProblem> problems) implements Serializable {
	}

	public String summaryLine() {
		return "imported=" + imported + " rejected=" + rejected;
	}

	/** Rejected rows beyond those listed. */
	public int rejectedNotShown() {
		return rejected - rejectedRows.size();
	}
}
