package org.ieum.enterprises.imports;

import java.util.List;

/**
 * What an import did, or would do: the same report for the preview page, the confirmation
 * and the command line. Rejected rows keep their spreadsheet row numbers.
 */
public record ImportReport(PublicList list, int headerRow, String encoding, int created, int updated, int unchanged,
		int repeated, List<RejectedRow> rejectedRows, List<String> createdNames, List<String> updatedNames,
		boolean applied) implements java.io.Serializable {

	/** How many names of new and changed organizations a preview lists; the counts are always complete. */
	static final int SAMPLE = 50;

	public record RejectedRow(int rowNumber, String name, List<RowProblem> problems) implements java.io.Serializable {
	}

	public int rejected() {
		return rejectedRows.size();
	}

	public String summaryLine() {
		return "created=" + created + " updated=" + updated + " unchanged=" + unchanged + " rejected=" + rejected();
	}
}
