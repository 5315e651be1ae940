package org.ieum.shared.imports;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One kind of import's rules, for {@link TableImports}: which row is its header, how a data
 * row reads (every problem rejects the row whole, with its spreadsheet row number), and how a
 * valid row is written. A module implements it next to its own records; the reading of files,
 * the preview and the all-or-nothing rule are shared.
 *
 * @param <R> what a valid row reads as
 */
public interface RowImport<R> {

	/** Title and notes rows above the header: lists have a few, never this many. */
	int HEADER_SEARCH_ROWS = 30;

	/**
	 * The column of each heading this import reads, when these cells are its header row
	 * ({@link TableHeader#match} does the usual matching); empty when they are not.
	 */
	Optional<Map<String, Integer>> header(List<String> cells);

	/** The message key of the refusal when no header is found in the first rows: it should name the columns needed. */
	String noHeaderMessageKey();

	/**
	 * Reads one data row; problems are recorded on the row ({@link TableRow#reject}) and reject
	 * it. May look records up (an unknown buyer, a duplicate), never writes.
	 */
	R read(TableRow row);

	/** How the report names a row (its first cells, or the value read). */
	String label(TableRow row, R value);

	/** Writes a valid row, inside the import's one transaction. */
	void write(R value);
}
