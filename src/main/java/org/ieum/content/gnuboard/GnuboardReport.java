package org.ieum.content.gnuboard;

import java.util.List;

import org.ieum.content.board.BoardKind;

/**
 * What an import did (or, for a dry run, would do): a line per Gnuboard board, every row or
 * file left behind with the reason, and the totals. Counts are of what this run created; rows
 * an earlier run brought over are counted as {@code existing}.
 */
record GnuboardReport(List<BoardLine> boards, List<String> skipped, int filesNotCopied, boolean dryRun) {

	/**
	 * @param href the new board's address, or {@code null} when the board was not imported
	 * @param created whether this run created the board
	 */
	record BoardLine(String table, String name, BoardKind kind, String href, boolean created, int posts, int comments,
			int files, int skipped, int existing) {

		boolean imported() {
			return href != null;
		}
	}

	int posts() {
		return boards.stream().mapToInt(BoardLine::posts).sum();
	}

	int comments() {
		return boards.stream().mapToInt(BoardLine::comments).sum();
	}

	int files() {
		return boards.stream().mapToInt(BoardLine::files).sum();
	}

	/** The last line of the command's output. */
	String summaryLine() {
		return "boards=" + boards.stream().filter(BoardLine::imported).count() + " posts=" + posts() + " comments="
				+ comments() + " files=" + files() + " skipped=" + skipped.size();
	}
}
