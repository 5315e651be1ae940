package org.ieum.enterprises.imports;

import org.ieum.shared.imports.RowProblem;
import java.io.Serializable;
import java.util.List;

/**
 * What an import did, or would do: the same report for the preview page, the confirmation
 * and the command line. Rejected rows keep their spreadsheet row numbers. The counts are
 * always complete; the row lists keep only the first rows, so a report stays small however
 * long the list is.
 *
 * @param byNumber rows matched to an organization on file by business number
 * @param byNameAndAddress rows matched by normalized name and road address
 * @param regionUnknown rows whose 시도 or 시군구 could not be told from the address and the region columns
 * @param rows how the first {@link #SAMPLE} imported rows were matched and what they do
 */
public record ImportReport(PublicList list, int headerRow, String encoding, int created, int updated, int unchanged,
		int repeated, int rejected, int byNumber, int byNameAndAddress, int regionUnknown,
		List<RejectedRow> rejectedRows, List<RowResult> rows, List<RowResult> regionUnknownRows,
		List<String> createdNames, List<String> updatedNames, boolean applied) implements Serializable {

	/** How many rows, names of new and changed organizations and rows without a region a report lists. */
	static final int SAMPLE = 50;

	/** How many rejected rows a report lists with their reasons. */
	static final int REJECTED_SHOWN = 500;

	public record RejectedRow(int rowNumber, String name, List<RowProblem> problems) implements Serializable {

		/** The row's name, as the shared page fragment of rejected rows calls it. */
		public String label() {
			return name;
		}
	}

	/** How a row found its organization. */
	public enum Match {
		NUMBER, NAME_AND_ADDRESS, NEW
	}

	public enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	/**
	 * One imported row. {@code numberAdded}: the row brought the business number of an
	 * organization that was on file without one.
	 */
	public record RowResult(int rowNumber, String name, Outcome outcome, Match match, boolean numberAdded, String sido,
			String sigungu, String address, boolean regionComplete) implements Serializable {
	}

	public String summaryLine() {
		return "created=" + created + " updated=" + updated + " unchanged=" + unchanged + " rejected=" + rejected;
	}

	/** Rejected rows beyond those listed. */
	public int rejectedNotShown() {
		return rejected - rejectedRows.size();
	}
}
